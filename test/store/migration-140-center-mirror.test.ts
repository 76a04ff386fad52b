import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { expect, test } from 'vitest';
import { migrationProvider, migrations } from '../../electron/store/migrations/index';
import { openStore } from '../../electron/store/open';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const NAME = '2026-11-30-140-center-mirror';
const AT = '2026-11-01T00:00:00.000Z';

/** One person (one document hash) booked at 09:00 and 09:30 (overlapping), another person at 09:00; a proctor. */
async function seed(db: Kysely<any>) {
  const sp = await db.insertInto('sponsors').values({ code: 'sp', name: 'SP' }).returning('id').executeTakeFirstOrThrow();
  const subj = await db.insertInto('subjects').values({ sponsor_id: sp.id, code: 'S1', name: 'S1', level: 'L', profile_id: 'ctyun' }).returning('id').executeTakeFirstOrThrow();
  const op = await db.insertInto('operators').values({ username: 'p', display_name: 'P', role: 'proctor', password_hash: 'x', created_at: AT }).returning('id').executeTakeFirstOrThrow();
  const candidate = async (n: number, hash: string) =>
    (
      await db
        .insertInto('candidates')
        .values({ name: `c${n}`, pinyin: null, pinyin_compact: 'c', initials: 'c', id_type: 'CN_ID', id_number: `11010119900307757${n}`, id_last4: `757${n}`, id_hash: hash, phone: null, email: null, created_at: AT })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const appointment = async (n: number, candidateId: number, startsAt: string) => {
    const o = await db
      .insertInto('orders')
      .values({ sponsor_id: sp.id, order_no: `O${n}`, candidate_id: candidateId, amount_fen: 0 })
      .returning('id')
      .executeTakeFirstOrThrow();
    const values = {
      sponsor_id: sp.id,
      booking_id: `BK${n}`,
      admission_code: `ADM${n}`,
      candidate_id: candidateId,
      order_id: o.id,
      subject_id: subj.id,
      part: 'theory',
      starts_at: startsAt,
      duration_min: 90,
      booked_at: AT,
    };
    return (await db.insertInto('appointments').values(values).returning('id').executeTakeFirstOrThrow()).id;
  };
  const same = await candidate(1, 'hash-of-one-document');
  const other = await candidate(2, 'hash-of-another-document');
  return {
    op: op.id,
    a1: await appointment(1, same, '2026-12-05T01:00:00.000Z'),
    a2: await appointment(2, same, '2026-12-05T01:30:00.000Z'),
    a3: await appointment(3, other, '2026-12-05T01:00:00.000Z'),
    a4: await appointment(4, other, '2026-12-05T06:00:00.000Z'),
  };
}

test(`${NAME}: every check-in keeps its id and columns (the new ones null), DAY-8's person trigger still refuses, and another desk's admission fits as a mirrored row (#19)`, async () => {
  const names = Object.keys(migrations);
  const store = await openStore(join(tempDir(), 'm.sqlite'), { migrate: false });
  const migrator = new Migrator({ db: store.db, provider: migrationProvider });
  expect((await migrator.migrateTo(names[names.indexOf(NAME) - 1]!)).error).toBeUndefined();
  const db = store.db as unknown as Kysely<any>;
  const s = await seed(db);
  // Rows before: two check-ins with gaps in their ids, one an override.
  await db.insertInto('check_ins').values({ id: 7, appointment_id: s.a1, operator_id: s.op, desk: 'desk-1', admitted_at: '2026-12-05T00:40:00.000Z', override_reason: null }).execute();
  await db.insertInto('check_ins').values({ id: 9, appointment_id: s.a3, operator_id: s.op, desk: 'desk-1', admitted_at: '2026-12-05T00:41:00.000Z', override_reason: 'late bus' }).execute();
  const before = await db.selectFrom('check_ins').selectAll().orderBy('id').execute();

  expect((await migrator.migrateTo(NAME)).error).toBeUndefined();

  // Rows after: the same ids and values; the mirror columns null (this desk's own admissions).
  expect(await db.selectFrom('check_ins').selectAll().orderBy('id').execute()).toEqual(before.map((r) => ({ ...r, operator_name: null, center_nonce: null, mirrored_at: null })));
  expect(await db.selectFrom('center_mirror_cursor').selectAll().execute()).toEqual([]);
  // DAY-8 (080): the same person on an overlapping booking is still refused, mirrored or not.
  await expect(db.insertInto('check_ins').values({ appointment_id: s.a2, operator_id: s.op, desk: 'desk-1', admitted_at: AT }).execute()).rejects.toThrow(/DAY-8/);
  const mirrored = { operator_id: null, desk: 'B', admitted_at: AT, operator_name: 'Li', center_nonce: 'n-B-1', mirrored_at: AT };
  await expect(
    db
      .insertInto('check_ins')
      .values({ appointment_id: s.a2, ...mirrored })
      .execute(),
  ).rejects.toThrow(/DAY-8/);
  // One check-in per appointment still.
  await expect(
    db
      .insertInto('check_ins')
      .values({ appointment_id: s.a1, ...mirrored })
      .execute(),
  ).rejects.toThrow(/UNIQUE/);
  // A mirrored row: no operator here, the other desk's operator, nonce and time; the nonce once.
  await db
    .insertInto('check_ins')
    .values({ appointment_id: s.a4, ...mirrored })
    .execute();
  expect(await db.selectFrom('check_ins').select(['operator_id', 'desk', 'operator_name', 'center_nonce']).where('appointment_id', '=', s.a4).executeTakeFirstOrThrow()).toEqual({
    operator_id: null,
    desk: 'B',
    operator_name: 'Li',
    center_nonce: 'n-B-1',
  });
  await db.deleteFrom('check_ins').where('id', '=', 9).execute();
  await expect(
    db
      .insertInto('check_ins')
      .values({ appointment_id: s.a3, ...mirrored })
      .execute(),
  ).rejects.toThrow(/UNIQUE/);
  // Either own (an operator here) or mirrored (the three mirror columns), never half of each.
  await expect(db.insertInto('check_ins').values({ appointment_id: s.a3, operator_id: null, desk: 'x', admitted_at: AT }).execute()).rejects.toThrow(/CHECK/);
  await expect(
    db
      .insertInto('check_ins')
      .values({ appointment_id: s.a3, ...mirrored, center_nonce: 'n-2', operator_id: s.op })
      .execute(),
  ).rejects.toThrow(/CHECK/);
  await expect(
    db
      .insertInto('check_ins')
      .values({ appointment_id: s.a3, ...mirrored, center_nonce: null })
      .execute(),
  ).rejects.toThrow(/CHECK/);
  await expect(db.insertInto('check_ins').values({ appointment_id: s.a3, operator_id: 999, desk: 'x', admitted_at: AT }).execute()).rejects.toThrow(/FOREIGN KEY/);
  // STRICT, and the cursor is one row.
  await expect(
    db
      .insertInto('check_ins')
      .values({ appointment_id: s.a3, ...mirrored, center_nonce: 'n-3', operator_name: Buffer.from('x') })
      .execute(),
  ).rejects.toThrow(/cannot store BLOB/);
  await db.insertInto('center_mirror_cursor').values({ id: 1, audit_seq: 12, synced_at: AT }).execute();
  await expect(db.insertInto('center_mirror_cursor').values({ id: 2, audit_seq: 13, synced_at: AT }).execute()).rejects.toThrow(/CHECK/);
  await store.close();
});
