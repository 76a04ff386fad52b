import type { Insertable, Kysely, Transaction } from 'kysely';
import type { DB } from '../store/schema';

/** The audit chain's statements (audit-log.ts links and verifies; this file reads and writes the rows). */

/** The newest link's hash, or undefined on an empty log. */
export async function lastAuditHash(db: Kysely<DB> | Transaction<DB>): Promise<string | undefined> {
  const last = await db.selectFrom('audit_log').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return last?.hash;
}

export async function insertAuditRow(trx: Transaction<DB>, row: Insertable<DB['audit_log']>): Promise<void> {
  await trx.insertInto('audit_log').values(row).execute();
}

/** Every link, oldest first. */
export function auditRowsInOrder(db: Kysely<DB>) {
  return db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
}
