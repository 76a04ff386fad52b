import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { expect, test } from 'vitest';
import { migrationProvider } from '../../electron/store/migrations/index';
import { openStore } from '../../electron/store/open';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const NAME = '2026-11-30-080-one-admission-per-person';

/** A person (one document hash, on two candidate rows) with bookings at 09:00, 09:30 (overlapping) and 13:30. */
async function seed(db: Kysely<any>) {
  const sp = await db.insertInto('sponsors').values({ code: 'sp', name: 'SP' }).returning('id').executeTakeFirstOrThrow();
  const subj = await db.insertInto('subjects').values({ sponsor_id: sp.id, code: 'S1', name: 'S1', level: 'L', profile_id: 'ctyun' }).returning('id').executeTakeFirstOrThrow();
  const op = await db.insertInto('operators').values({ username: 'p', display_name: 'P', role: 'proctor', password_hash: 'x', created_at: '2026-11-01T00:00:00.000Z' }).returning('id').executeTakeFirstOrThrow();
  const cand = async (n: number) =>
    (
      await db
        .insertInto('candidates')
        .values({
          name: `c${n}`,
          pinyin: null,
          pinyin_compact: 'c',
          initials: 'c',
          id_type: 'CN_ID',
          id_number: '110101199003077578',
          id_last4: '7578',
          id_hash: 'hash-of-the-same-document',
          phone: null,
          email: null,
          created_at: '2026-11-01T00:00:00.000Z',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const c1 = await cand(1);
  const c2 = await cand(2);
  const appt = async (n: number, candidate: number, startsAt: string) => {
    const o = await db
      .insertInto('orders')
      .values({ sponsor_id: sp.id, order_no: `O${n}`, candidate_id: candidate, amount_fen: 0 })
      .returning('id')
      .executeTakeFirstOrThrow();
    return (
      await db
        .insertInto('appointments')
        .values({
          sponsor_id: sp.id,
          booking_id: `BK${n}`,
          admission_code: `ADM${n}`,
          candidate_id: candidate,
          order_id: o.id,
          subject_id: subj.id,
          part: 'theory',
          starts_at: startsAt,
          duration_min: 90,
          booked_at: '2026-11-01T00:00:00.000Z',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  };
  const nine = await appt(1, c1, '2026-12-05T01:00:00.000Z');
  const nineAgain = await appt(2, c2, '2026-12-05T01:00:00.000Z');
  const nineThirty = await appt(3, c2, '2026-12-05T01:30:00.000Z');
  const afternoon = await appt(4, c1, '2026-12-05T05:30:00.000Z');
  const checkIn = (appointmentId: number) => db.insertInto('check_ins').values({ appointment_id: appointmentId, operator_id: op.id, desk: 'd', admitted_at: '2026-12-05T00:20:00.000Z', override_reason: null }).execute();
  return { nine, nineAgain, nineThirty, afternoon, checkIn };
}

test(`${NAME}: the twice-admitted rows stay as they were; from then on the same person is refused in an overlapping session (DAY-8), not in a later one`, async () => {
  const store = await openStore(join(tempDir(), 'm.sqlite'), { migrate: false });
  const migrator = new Migrator({ db: store.db, provider: migrationProvider });
  expect((await migrator.migrateTo('2026-11-25-060-seating')).error).toBeUndefined();
  const db = store.db as unknown as Kysely<any>;
  const s = await seed(db);
  // Before: the defect of #14.4 — the same person admitted on two bookings of the same 09:00 session.
  await s.checkIn(s.nine);
  await s.checkIn(s.nineAgain);
  const before = await db.selectFrom('check_ins').select(['appointment_id']).orderBy('id').execute();
  expect(before).toEqual([{ appointment_id: s.nine }, { appointment_id: s.nineAgain }]);

  const r = await migrator.migrateTo(NAME);
  expect(r.error).toBeUndefined();
  // The stored admissions are untouched.
  expect(await db.selectFrom('check_ins').select(['appointment_id']).orderBy('id').execute()).toEqual(before);
  // A third admission of the same document at 09:30 (overlapping 09:00–10:30) fails in the database.
  await expect(s.checkIn(s.nineThirty)).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_TRIGGER', message: expect.stringContaining('DAY-8') });
  // Moving an admission onto the overlapping booking fails too.
  await expect(db.updateTable('check_ins').set({ appointment_id: s.nineThirty }).where('appointment_id', '=', s.nineAgain).execute()).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_TRIGGER' });
  // The afternoon session does not overlap: admitted.
  await s.checkIn(s.afternoon);
  expect(await db.selectFrom('check_ins').select(['appointment_id']).orderBy('id').execute()).toEqual([...before, { appointment_id: s.afternoon }]);
  await store.close();
});
