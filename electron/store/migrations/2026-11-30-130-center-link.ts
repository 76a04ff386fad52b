import type { Kysely } from 'kysely';
import { strict } from './table';

/**
 * FROZEN. The desk's side of the center link (#19): the outbox of admissions decided while the
 * center was unreachable (each with the nonce it is replayed with, in seq order; sent_at and the
 * center's answer set once it was taken), and the copy of the center's leases (which desk may admit
 * a session's candidates offline), refreshed whenever the center answers.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await strict(
    db.schema
      .createTable('center_outbox')
      .addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('nonce', 'text', (c) => c.notNull().unique())
      .addColumn('admission_code', 'text', (c) => c.notNull())
      .addColumn('payload_json', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text')
      .addColumn('answer', 'text'),
  ).execute();
  await strict(
    db.schema
      .createTable('center_lease_copy')
      .addColumn('session_key', 'text', (c) => c.primaryKey())
      .addColumn('desk', 'text', (c) => c.notNull())
      .addColumn('copied_at', 'text', (c) => c.notNull()),
  ).execute();
}

export async function down(): Promise<void> {
  throw new Error('Exam Desk migrations are forward-only; restore a backup instead.');
}
