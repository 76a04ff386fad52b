import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { describe, expect, test } from 'vitest';
import { appendAudit, verifyAuditLog } from '../../electron/audit/audit-log';
import { GENESIS_HASH, linkHash } from '../../electron/audit/hash';
import { appendIdCheck, type NewIdCheck } from '../../electron/idlog/append';
import { idCheckRecord, verifyIdCheckChain } from '../../electron/idlog/chain';
import { migrationProvider } from '../../electron/store/migrations/index';
import { openStore, type Store } from '../../electron/store/open';
import type { DB } from '../../electron/store/schema';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const NAME = '2026-11-30-070-chain-unique';
const BEFORE = '2026-11-25-060-seating';

async function storeAt(version: string): Promise<{ store: Store; migrator: Migrator }> {
  const store = await openStore(join(tempDir(), 'm.sqlite'), { migrate: false });
  const migrator = new Migrator({ db: store.db, provider: migrationProvider });
  expect((await migrator.migrateTo(version)).error).toBeUndefined();
  return { store, migrator };
}

const entry = (i: number) => ({ at: `2026-12-05T00:0${i}:00.000Z`, operatorId: null, action: `test.entry${i}` });

/** An appointment and an operator for identity-check rows. */
async function seedAppointment(db: Kysely<any>): Promise<{ appointmentId: number; operatorId: number }> {
  const sp = await db.insertInto('sponsors').values({ code: 'sp', name: 'SP' }).returning('id').executeTakeFirstOrThrow();
  const subj = await db.insertInto('subjects').values({ sponsor_id: sp.id, code: 'S1', name: 'S1', level: 'L', profile_id: 'ctyun' }).returning('id').executeTakeFirstOrThrow();
  const op = await db.insertInto('operators').values({ username: 'p', display_name: 'P', role: 'proctor', password_hash: 'x', created_at: '2026-11-01T00:00:00.000Z' }).returning('id').executeTakeFirstOrThrow();
  const cand = await db
    .insertInto('candidates')
    .values({
      name: 'c',
      pinyin: null,
      pinyin_compact: 'c',
      initials: 'c',
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
  return { appointmentId: appt.id, operatorId: op.id };
}

const idCheck = (s: { appointmentId: number; operatorId: number }, i: number): NewIdCheck => ({
  appointmentId: s.appointmentId,
  operatorId: s.operatorId,
  desk: 'desk-1',
  checkedAt: `2026-12-05T00:1${i}:00.000Z`,
  kind: 'identity',
  checks: { n: i },
  outcome: 'passed',
  ruleIds: ['DAY-3'],
});

/** An audit row linked to `prevHash` whatever the head is: what the old, racing appendAudit wrote. */
async function auditLinkedTo(db: Kysely<DB>, prevHash: string, i: number) {
  const row = { at: entry(i).at, operator_id: null, action: entry(i).action, subject_type: null, subject_id: null, detail_json: '{}' };
  await db
    .insertInto('audit_log')
    .values({ ...row, prev_hash: prevHash, hash: linkHash(prevHash, row) })
    .execute();
}

/** An identity-check row linked to `prevHash` whatever the head is. */
async function idCheckLinkedTo(db: Kysely<DB>, s: { appointmentId: number; operatorId: number }, prevHash: string, i: number) {
  const e = idCheck(s, i);
  const content = {
    appointment_id: e.appointmentId,
    operator_id: e.operatorId,
    desk: e.desk,
    checked_at: e.checkedAt,
    kind: e.kind,
    doc_type: null,
    doc_masked: null,
    doc_hash: null,
    checks_json: JSON.stringify(e.checks),
    outcome: e.outcome,
    rule_ids: JSON.stringify(e.ruleIds),
    override_reason: null,
    corrects_id: null,
  };
  await db
    .insertInto('id_checks')
    .values({ ...content, prev_hash: prevHash, hash: linkHash(prevHash, idCheckRecord(content)) })
    .execute();
}

const auditRows = (db: Kysely<DB>) => db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
const idRows = (db: Kysely<DB>) => db.selectFrom('id_checks').selectAll().orderBy('id').execute();

describe(`${NAME} (#14.1: a fork fails in the database itself)`, () => {
  test('on a chained store every row keeps its place; afterwards a second entry linking to an already-used previous hash is refused, in both logs', async () => {
    const { store, migrator } = await storeAt(BEFORE);
    const db = store.db;
    const s = await seedAppointment(db as unknown as Kysely<any>);
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < 4; i++) await appendAudit(trx, entry(i));
      for (let i = 0; i < 3; i++) await appendIdCheck(trx, idCheck(s, i));
    });
    const audit = await auditRows(db);
    const ids = await idRows(db);

    expect((await migrator.migrateTo(NAME)).error).toBeUndefined();
    expect(await auditRows(db)).toEqual(audit);
    expect(await idRows(db)).toEqual(ids);
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true, length: 4 });
    expect(await verifyIdCheckChain(db)).toMatchObject({ ok: true, length: 3 });

    // A second link to the genesis hash, or to any row's hash already linked to, is refused.
    await expect(auditLinkedTo(db, GENESIS_HASH, 8)).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_UNIQUE' });
    await expect(auditLinkedTo(db, audit[1]!.hash, 9)).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_UNIQUE' });
    await expect(idCheckLinkedTo(db, s, ids[0]!.hash, 8)).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_UNIQUE' });
    // The next link to the head is accepted, and the chains still verify.
    await db.transaction().execute(async (trx) => {
      await appendAudit(trx, entry(5));
      await appendIdCheck(trx, idCheck(s, 5));
    });
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true, length: 5 });
    expect(await verifyIdCheckChain(db)).toMatchObject({ ok: true, length: 4 });
    await store.close();
  });

  test('a store that already holds a fork (written by the old racing code) migrates with its rows untouched, still reports the fork, and cannot fork again', async () => {
    const { store, migrator } = await storeAt(BEFORE);
    const db = store.db;
    const s = await seedAppointment(db as unknown as Kysely<any>);
    await db.transaction().execute(async (trx) => {
      await appendAudit(trx, entry(0));
      await appendIdCheck(trx, idCheck(s, 0));
    });
    const head = (await auditRows(db))[0]!.hash;
    const idHead = (await idRows(db))[0]!.hash;
    // Two entries linked to the same head, as six concurrent calls did before #14.1.
    await auditLinkedTo(db, head, 1);
    await auditLinkedTo(db, head, 2);
    await idCheckLinkedTo(db, s, idHead, 1);
    await idCheckLinkedTo(db, s, idHead, 2);
    const audit = await auditRows(db);
    const ids = await idRows(db);

    expect((await migrator.migrateTo(NAME)).error).toBeUndefined();
    expect(await auditRows(db)).toEqual(audit);
    expect(await idRows(db)).toEqual(ids);
    expect(await verifyAuditLog(db)).toMatchObject({ ok: false, reason: 'prev-mismatch' });
    // New entries link to the head once; a second link to the same head is refused.
    await db.transaction().execute(async (trx) => {
      await appendAudit(trx, entry(3));
      await appendIdCheck(trx, idCheck(s, 3));
    });
    const newHead = (await auditRows(db)).at(-1)!.hash;
    await expect(auditLinkedTo(db, (await auditRows(db)).at(-2)!.hash, 4)).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_UNIQUE' });
    await expect(idCheckLinkedTo(db, s, (await idRows(db)).at(-2)!.hash, 4)).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_UNIQUE' });
    await auditLinkedTo(db, newHead, 5);
    expect(await auditRows(db)).toHaveLength(audit.length + 2);
    await store.close();
  });
});
