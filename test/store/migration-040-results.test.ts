import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { expect, test } from 'vitest';
import { migrationProvider, migrations } from '../../electron/store/migrations/index';
import { openStore } from '../../electron/store/open';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const NAME = '2026-11-25-040-results';

test(`${NAME}: a day's bookings and score entries stay as they were; afterwards one live result per part, a released result is locked (RES-5: corrections are new rows) and results are never deleted`, async () => {
  const names = Object.keys(migrations);
  const previous = names[names.indexOf(NAME) - 1]!;
  const store = await openStore(join(tempDir(), 'm.sqlite'), { migrate: false });
  const migrator = new Migrator({ db: store.db, provider: migrationProvider });
  expect((await migrator.migrateTo(previous)).error).toBeUndefined();
  const db = store.db as unknown as Kysely<any>;
  // Rows before: a booking with its two score entries.
  const sp = await db.insertInto('sponsors').values({ code: 'sp', name: 'SP' }).returning('id').executeTakeFirstOrThrow();
  const subj = await db.insertInto('subjects').values({ sponsor_id: sp.id, code: 'S1', name: 'S1', level: 'L', profile_id: 'ctyun' }).returning('id').executeTakeFirstOrThrow();
  const op = await db.insertInto('operators').values({ username: 'm', display_name: 'M', role: 'manager', password_hash: 'x', created_at: '2026-11-01T00:00:00.000Z' }).returning('id').executeTakeFirstOrThrow();
  const cand = await db
    .insertInto('candidates')
    .values({
      name: '张伟',
      pinyin: 'Zhang Wei',
      pinyin_compact: 'zhangwei',
      initials: 'zw',
      id_type: 'CN_ID',
      id_number: '110101199003077578',
      id_last4: '7578',
      id_hash: 'h',
      phone: null,
      email: null,
      created_at: '2026-11-01T00:00:00.000Z',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const order = await db.insertInto('orders').values({ sponsor_id: sp.id, order_no: 'O1', candidate_id: cand.id, amount_fen: 0 }).returning('id').executeTakeFirstOrThrow();
  const appt = await db
    .insertInto('appointments')
    .values({
      sponsor_id: sp.id,
      booking_id: 'BK1',
      admission_code: 'ADM1',
      candidate_id: cand.id,
      order_id: order.id,
      subject_id: subj.id,
      part: 'theory',
      starts_at: '2026-12-05T01:00:00.000Z',
      duration_min: 90,
      booked_at: '2026-11-01T00:00:00.000Z',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const entry_no of [1, 2]) {
    await db
      .insertInto('scores')
      .values({ appointment_id: appt.id, part: 'theory', entry_no, operator_id: op.id, value: 71, entered_at: `2026-12-05T0${entry_no}:00:00.000Z` })
      .execute();
  }
  const before = {
    appointments: await db.selectFrom('appointments').selectAll().execute(),
    scores: await db.selectFrom('scores').selectAll().orderBy('id').execute(),
  };

  expect((await migrator.migrateTo(NAME)).error).toBeUndefined();
  expect(await db.selectFrom('appointments').selectAll().execute()).toEqual(before.appointments);
  expect(await db.selectFrom('scores').selectAll().orderBy('id').execute()).toEqual(before.scores);
  expect(await db.selectFrom('results').selectAll().execute()).toEqual([]);

  const result = (state: string, value: number, extra: Record<string, unknown> = {}) => ({
    appointment_id: appt.id,
    part: 'theory',
    value,
    max_score: 100,
    pass_score: 60,
    passed: value >= 60 ? 1 : 0,
    state,
    release_date: '2026-12-20',
    created_at: '2026-12-05T03:00:00.000Z',
    created_by: op.id,
    ...extra,
  });
  const held = await db.insertInto('results').values(result('held', 71)).returning('id').executeTakeFirstOrThrow();
  // One live (held or released) result per appointment and part.
  await expect(db.insertInto('results').values(result('held', 72)).execute()).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_UNIQUE' });
  // A held result may be released; a released one is locked.
  await db.updateTable('results').set({ state: 'released', released_at: '2026-12-20T01:00:00.000Z', released_by: op.id }).where('id', '=', held.id).execute();
  await expect(db.updateTable('results').set({ value: 90 }).where('id', '=', held.id).execute()).rejects.toThrow(/a released result is locked/);
  await expect(db.updateTable('results').set({ state: 'held' }).where('id', '=', held.id).execute()).rejects.toThrow(/a released result is locked/);
  await expect(db.deleteFrom('results').where('id', '=', held.id).execute()).rejects.toThrow(/results are never deleted/);
  // RES-5: a correction supersedes the released row and is a new row naming it.
  await db.updateTable('results').set({ state: 'superseded' }).where('id', '=', held.id).execute();
  await db
    .insertInto('results')
    .values(result('held', 58, { corrects_id: held.id, reason: 'marking error' }))
    .execute();
  expect(await db.selectFrom('results').select(['value', 'state', 'corrects_id']).orderBy('id').execute()).toEqual([
    { value: 71, state: 'superseded', corrects_id: null },
    { value: 58, state: 'held', corrects_id: held.id },
  ]);
  // A manager's resolution of a disagreement is recorded once per appointment and part.
  const resolution = { appointment_id: appt.id, part: 'theory', value: 71, reason: 'paper checked', operator_id: op.id, resolved_at: '2026-12-05T04:00:00.000Z' };
  await db.insertInto('score_resolutions').values(resolution).execute();
  await expect(db.insertInto('score_resolutions').values(resolution).execute()).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_UNIQUE' });
  await store.close();
});
