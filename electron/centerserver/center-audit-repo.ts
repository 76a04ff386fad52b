import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { CenterAuditTable, CenterDB, CenterDb } from './center-schema';

/** What happened at the center: `desk` and `deskAt` are the desk's; `receivedAt` is the center's arrival time. */
export interface CenterAuditEntry {
  receivedAt: string;
  desk: string;
  deskAt: string;
  action: string;
  subject: string;
  detail: unknown;
}

/** The chain's hash of one entry: sha256 hex of the previous hash, a newline and the entry's fields as a JSON array. */
export function centerEntryHash(prevHash: string, e: Omit<CenterAuditTable, 'prev_hash' | 'hash'>): string {
  const fields = [e.seq, e.received_at, e.desk, e.desk_at, e.action, e.subject, e.detail_json];
  return createHash('sha256').update(prevHash).update('\n').update(JSON.stringify(fields)).digest('hex');
}

/**
 * Appends one entry to the center's audit chain inside the caller's transaction (the write it
 * records shares it). The head row is updated first: on PostgreSQL that row lock serialises every
 * appender until its transaction ends, so two desks never take the same seq or previous hash.
 * Returns the entry's seq.
 */
export async function appendCenterAudit(trx: Transaction<CenterDB>, e: CenterAuditEntry): Promise<number> {
  const head = await trx
    .updateTable('center_chain_head')
    .set((eb) => ({ seq: eb('seq', '+', 1) }))
    .where('id', '=', 1)
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();
  const row = { seq: head.seq, received_at: e.receivedAt, desk: e.desk, desk_at: e.deskAt, action: e.action, subject: e.subject, detail_json: JSON.stringify(e.detail ?? null) };
  const hash = centerEntryHash(head.hash, row);
  await trx
    .insertInto('center_audit')
    .values({ ...row, prev_hash: head.hash, hash })
    .execute();
  await trx.updateTable('center_chain_head').set({ hash }).where('id', '=', 1).execute();
  return head.seq;
}

/**
 * Recomputes every hash of the chain in seq order from 64 zeros, and checks that seqs run 1, 2, 3…,
 * each entry names its predecessor's hash, and the head row names the last entry. `brokenAt` is the
 * first seq that does not hold (the head's seq when only the head disagrees).
 */
export async function verifyCenterChain(db: CenterDb): Promise<{ ok: true; length: number } | { ok: false; brokenAt: number }> {
  const rows = await db.selectFrom('center_audit').selectAll().orderBy('seq').execute();
  const head = await db.selectFrom('center_chain_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst();
  let prev = '0'.repeat(64);
  let expectedSeq = 1;
  for (const r of rows) {
    if (r.seq !== expectedSeq || r.prev_hash !== prev || r.hash !== centerEntryHash(prev, r)) return { ok: false, brokenAt: expectedSeq };
    prev = r.hash;
    expectedSeq++;
  }
  if (!head || head.seq !== rows.length || head.hash !== prev) return { ok: false, brokenAt: Math.min(expectedSeq, head?.seq ?? expectedSeq) };
  return { ok: true, length: rows.length };
}

/** The chain in seq order (center status and tests read it). */
export async function listCenterAudit(db: CenterDb, o: { afterSeq?: number; limit?: number } = {}): Promise<CenterAuditTable[]> {
  return db
    .selectFrom('center_audit')
    .selectAll()
    .where('seq', '>', o.afterSeq ?? 0)
    .orderBy('seq')
    .limit(o.limit ?? 1000)
    .execute();
}

/** Runs `fn` in the caller's transaction, or in a new one when given the database itself. */
export async function inCenterTransaction<T>(db: CenterDb, fn: (trx: Transaction<CenterDB>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db as Transaction<CenterDB>);
  return (db as Kysely<CenterDB>).transaction().execute(fn);
}
