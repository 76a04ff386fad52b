import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { expect, test } from 'vitest';
import { migrationProvider, migrations } from '../../electron/store/migrations/index';
import { openStore } from '../../electron/store/open';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const NAME = '2026-11-30-130-center-link';

test(`${NAME}: the desk's rows stay as they were; the outbox then takes one row per nonce in seq order and the lease copy one desk per session`, async () => {
  const names = Object.keys(migrations);
  const previous = names[names.indexOf(NAME) - 1]!;
  const store = await openStore(join(tempDir(), 'm.sqlite'), { migrate: false });
  const migrator = new Migrator({ db: store.db, provider: migrationProvider });
  expect((await migrator.migrateTo(previous)).error).toBeUndefined();
  const db = store.db as unknown as Kysely<any>;
  // Rows before: a center, a room and its session, an operator, a sponsor export in the exchange outbox.
  const center = await db.insertInto('centers').values({ code: 'SZ', name: '深圳', name_en: 'Shenzhen', city: '深圳' }).returning('id').executeTakeFirstOrThrow();
  const room = await db.insertInto('rooms').values({ center_id: center.id, code: 'A', name: '考场A', rows: 2, cols: 2 }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('exam_sessions').values({ room_id: room.id, starts_at: '2026-12-05T01:00:00.000Z', local_date: '2026-12-05', duration_min: 120 }).execute();
  const op = await db.insertInto('operators').values({ username: 'p', display_name: 'P', role: 'proctor', password_hash: 'x', created_at: '2026-11-01T00:00:00.000Z' }).returning('id').executeTakeFirstOrThrow();
  await db
    .insertInto('outbox')
    .values({ kind: 'attendance', local_date: '2026-12-05', format: 'csv', file_name: 'a.csv', rows: 3, sha256: 'ab', created_at: '2026-12-05T08:00:00.000Z', created_by: op.id, sent_at: null, sent_by: null })
    .execute();
  const before = {
    sessions: await db.selectFrom('exam_sessions').selectAll().execute(),
    operators: await db.selectFrom('operators').selectAll().execute(),
    outbox: await db.selectFrom('outbox').selectAll().execute(),
  };

  expect((await migrator.migrateTo(NAME)).error).toBeUndefined();

  // Rows after: unchanged, and the two new tables are empty.
  expect(await db.selectFrom('exam_sessions').selectAll().execute()).toEqual(before.sessions);
  expect(await db.selectFrom('operators').selectAll().execute()).toEqual(before.operators);
  expect(await db.selectFrom('outbox').selectAll().execute()).toEqual(before.outbox);
  expect(await db.selectFrom('center_outbox').selectAll().execute()).toEqual([]);
  expect(await db.selectFrom('center_lease_copy').selectAll().execute()).toEqual([]);
  // From then on: outbox rows numbered in order, one per nonce; STRICT types; one lease desk per session.
  const row = (nonce: string) => ({ nonce, admission_code: 'ADM1', payload_json: '{}', created_at: '2026-12-05T01:00:00.000Z' });
  await db.insertInto('center_outbox').values(row('n1')).execute();
  await db.insertInto('center_outbox').values(row('n2')).execute();
  await expect(db.insertInto('center_outbox').values(row('n1')).execute()).rejects.toThrow(/UNIQUE/);
  await expect(
    db
      .insertInto('center_outbox')
      .values({ ...row('n3'), admission_code: null })
      .execute(),
  ).rejects.toThrow(/NOT NULL/);
  await expect(
    db
      .insertInto('center_outbox')
      .values({ ...row('n3'), created_at: Buffer.from('x') })
      .execute(),
  ).rejects.toThrow(/cannot store BLOB value in TEXT column/);
  expect((await db.selectFrom('center_outbox').select(['seq', 'nonce', 'sent_at', 'answer']).orderBy('seq').execute()).map((r) => [r.nonce, r.sent_at, r.answer])).toEqual([
    ['n1', null, null],
    ['n2', null, null],
  ]);
  await db.insertInto('center_lease_copy').values({ session_key: 'A@2026-12-05T01:00:00.000Z', desk: 'desk-1', copied_at: '2026-12-05T00:00:00.000Z' }).execute();
  await expect(db.insertInto('center_lease_copy').values({ session_key: 'A@2026-12-05T01:00:00.000Z', desk: 'desk-2', copied_at: '2026-12-05T00:00:00.000Z' }).execute()).rejects.toThrow(/UNIQUE/);
  await store.close();
});
