import type { Kysely } from 'kysely';
import { strict } from './table';

/**
 * FROZEN. The outbox: every export made for a sponsor, waiting to be sent when the network is back
 * (REP-2 notices queue here too), with what was exported, when, by whom, and when it was sent.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await strict(
    db.schema
      .createTable('outbox')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('local_date', 'text', (c) => c.notNull())
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('file_name', 'text', (c) => c.notNull())
      .addColumn('rows', 'integer', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'integer', (c) => c.references('operators.id'))
      .addColumn('sent_at', 'text')
      .addColumn('sent_by', 'integer', (c) => c.references('operators.id')),
  ).execute();
}

export async function down(): Promise<void> {
  throw new Error('Exam Desk migrations are forward-only; restore a backup instead.');
}
