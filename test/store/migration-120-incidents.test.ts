import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { expect, test } from 'vitest';
import { migrationProvider, migrations } from '../../electron/store/migrations/index';
import { openStore } from '../../electron/store/open';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const NAME = '2026-11-30-120-incidents';

test(`${NAME}: a day's sessions, bookings and admissions stay as they were; incidents can then be recorded and closed once, never rewritten`, async () => {
  const names = Object.keys(migrations);
  const previous = names[names.indexOf(NAME) - 1]!;
  const store = await openStore(join(tempDir(), 'm.sqlite'), { migrate: false });
  const migrator = new Migrator({ db: store.db, provider: migrationProvider });
  expect((await migrator.migrateTo(previous)).error).toBeUndefined();
  const db = store.db as unknown as Kysely<any>;
  // Rows before: a center, a room, a session, a booking and its admission.
  const center = await db.insertInto('centers').values({ code: 'SZ', name: '深圳', name_en: 'Shenzhen', city: '深圳' }).returning('id').executeTakeFirstOrThrow();
  const room = await db.insertInto('rooms').values({ center_id: center.id, code: 'A', name: '考场A', rows: 2, cols: 2 }).returning('id').executeTakeFirstOrThrow();
  const session = await db.insertInto('exam_sessions').values({ room_id: room.id, starts_at: '2026-12-05T01:00:00.000Z', local_date: '2026-12-05', duration_min: 120 }).returning('id').executeTakeFirstOrThrow();
  const sp = await db.insertInto('sponsors').values({ code: 'sp', name: 'SP' }).returning('id').executeTakeFirstOrThrow();
  const subj = await db.insertInto('subjects').values({ sponsor_id: sp.id, code: 'S1', name: 'S1', level: 'L', profile_id: 'ctyun' }).returning('id').executeTakeFirstOrThrow();
  const op = await db.insertInto('operators').values({ username: 'p', display_name: 'P', role: 'proctor', password_hash: 'x', created_at: '2026-11-01T00:00:00.000Z' }).returning('id').executeTakeFirstOrThrow();
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
      session_id: session.id,
      starts_at: '2026-12-05T01:00:00.000Z',
      duration_min: 120,
      booked_at: '2026-11-01T00:00:00.000Z',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('check_ins').values({ appointment_id: appt.id, operator_id: op.id, desk: 'd', admitted_at: '2026-12-05T00:20:00.000Z', override_reason: null }).execute();
  const before = {
    sessions: await db.selectFrom('exam_sessions').selectAll().execute(),
    appointments: await db.selectFrom('appointments').selectAll().execute(),
    checkIns: await db.selectFrom('check_ins').selectAll().execute(),
  };

  expect((await migrator.migrateTo(NAME)).error).toBeUndefined();

  // Rows after: unchanged, and the new table is empty.
  expect(await db.selectFrom('exam_sessions').selectAll().execute()).toEqual(before.sessions);
  expect(await db.selectFrom('appointments').selectAll().execute()).toEqual(before.appointments);
  expect(await db.selectFrom('check_ins').selectAll().execute()).toEqual(before.checkIns);
  expect(await db.selectFrom('incidents').selectAll().execute()).toEqual([]);
  // From then on: an incident of the session and its candidate; closed once, with all closing fields together.
  const incident = {
    session_id: session.id,
    appointment_id: appt.id,
    kind: 'misconduct',
    occurred_at: '2026-12-05T01:35:00.000Z',
    text: '使用手机',
    recorded_by: op.id,
    recorded_at: '2026-12-05T01:36:00.000Z',
    desk: 'd',
  };
  const row = await db.insertInto('incidents').values(incident).returning('id').executeTakeFirstOrThrow();
  await expect(
    db
      .insertInto('incidents')
      .values({ ...incident, kind: 'cheating' })
      .execute(),
  ).rejects.toThrow(/CHECK/);
  await expect(db.updateTable('incidents').set({ closed_at: '2026-12-05T02:00:00.000Z' }).where('id', '=', row.id).execute()).rejects.toThrow(/CHECK/);
  await expect(db.updateTable('incidents').set({ text: 'rewritten' }).where('id', '=', row.id).execute()).rejects.toThrow(/never rewritten/);
  await db.updateTable('incidents').set({ closed_at: '2026-12-05T02:00:00.000Z', closed_by: op.id, resolution: '已上报' }).where('id', '=', row.id).execute();
  await expect(db.updateTable('incidents').set({ resolution: 'changed' }).where('id', '=', row.id).execute()).rejects.toThrow(/stays closed/);
  await expect(db.deleteFrom('incidents').execute()).rejects.toThrow(/never deleted/);
  await store.close();
});
