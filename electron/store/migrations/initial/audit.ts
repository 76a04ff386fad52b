import type { Kysely } from 'kysely';
import { appendOnly, strict } from '../table';

/** FROZEN, part of migration 2026-11-25-001-initial: The audit log, and the append-only triggers of the audit log and the identity-check log. */
export async function createAuditLog(db: Kysely<any>): Promise<void> {
  // The audit log: append-only (triggers) and hash-chained (electron/audit/chain.ts).
  await strict(
    db.schema
      .createTable('audit_log')
      .addColumn('seq', 'integer', (c) => c.primaryKey())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('operator_id', 'integer')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('subject_type', 'text')
      .addColumn('subject_id', 'text')
      .addColumn('detail_json', 'text', (c) => c.notNull())
      .addColumn('prev_hash', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull()),
  ).execute();
  await appendOnly(db, 'audit_log');
  await appendOnly(db, 'id_checks');
}
