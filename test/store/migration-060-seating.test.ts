import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { expect, test } from 'vitest';
import { migrationProvider, migrations } from '../../electron/store/migrations/index';
import { openStore } from '../../electron/store/open';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const NAME = '2026-11-25-060-seating';

test(`${NAME}: rooms, seats, sessions and seat assignments stay as they were; afterwards a plan is kept once per session and a seat is marked faulty once per session`, async () => {
  const names = Object.keys(migrations);
  const previous = names[names.indexOf(NAME) - 1]!;
  const store = await openStore(join(tempDir(), 'm.sqlite'), { migrate: false });
  const migrator = new Migrator({ db: store.db, provider: migrationProvider });
  expect((await migrator.migrateTo(previous)).error).toBeUndefined();
  const db = store.db as unknown as Kysely<any>;
  // Rows before: a room with two seats, a session and an operator.
  const center = await db.insertInto('centers').values({ code: 'SZ', name: '深圳', name_en: 'Shenzhen', city: '深圳' }).returning('id').executeTakeFirstOrThrow();
  const room = await db.insertInto('rooms').values({ center_id: center.id, code: 'A', name: '考场A', rows: 1, cols: 2 }).returning('id').executeTakeFirstOrThrow();
  const seatA = await db.insertInto('seats').values({ room_id: room.id, label: 'A01', row: 1, col: 1 }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('seats').values({ room_id: room.id, label: 'A02', row: 1, col: 2 }).execute();
  const session = await db.insertInto('exam_sessions').values({ room_id: room.id, starts_at: '2026-12-05T01:00:00.000Z', local_date: '2026-12-05', duration_min: 120 }).returning('id').executeTakeFirstOrThrow();
  const op = await db.insertInto('operators').values({ username: 'p', display_name: 'P', role: 'proctor', password_hash: 'x', created_at: '2026-11-01T00:00:00.000Z' }).returning('id').executeTakeFirstOrThrow();
  const before = {
    rooms: await db.selectFrom('rooms').selectAll().execute(),
    seats: await db.selectFrom('seats').selectAll().orderBy('id').execute(),
    sessions: await db.selectFrom('exam_sessions').selectAll().execute(),
  };

  expect((await migrator.migrateTo(NAME)).error).toBeUndefined();
  expect(await db.selectFrom('rooms').selectAll().execute()).toEqual(before.rooms);
  expect(await db.selectFrom('seats').selectAll().orderBy('id').execute()).toEqual(before.seats);
  expect(await db.selectFrom('exam_sessions').selectAll().execute()).toEqual(before.sessions);

  const plan = { session_id: session.id, seed: 7, adjacent_same_subject: 0, generated_at: '2026-12-05T00:00:00.000Z', generated_by: op.id };
  await db.insertInto('seat_plans').values(plan).execute();
  await expect(
    db
      .insertInto('seat_plans')
      .values({ ...plan, seed: 8 })
      .execute(),
  ).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_PRIMARYKEY' });
  const fault = { session_id: session.id, seat_id: seatA.id, reason: 'screen dead', at: '2026-12-05T01:10:00.000Z', operator_id: op.id };
  await db.insertInto('seat_faults').values(fault).execute();
  await expect(
    db
      .insertInto('seat_faults')
      .values({ ...fault, reason: 'again' })
      .execute(),
  ).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_UNIQUE' });
  // A plan names a real session (foreign keys are on).
  await expect(
    db
      .insertInto('seat_plans')
      .values({ ...plan, session_id: 999 })
      .execute(),
  ).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' });
  expect(await db.selectFrom('seat_faults').select(['seat_id', 'reason']).execute()).toEqual([{ seat_id: seatA.id, reason: 'screen dead' }]);
  await store.close();
});
