import type { Kysely } from 'kysely';
import { strict } from './table';

/**
 * FROZEN. Seat plans (issue #5): a plan's seed and its same-subject neighbour count per session,
 * and workstation faults marked during a session (the seat stays out of that session's plan).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await strict(
    db.schema
      .createTable('seat_plans')
      .addColumn('session_id', 'integer', (c) => c.primaryKey().references('exam_sessions.id'))
      .addColumn('seed', 'integer', (c) => c.notNull())
      .addColumn('adjacent_same_subject', 'integer', (c) => c.notNull())
      .addColumn('generated_at', 'text', (c) => c.notNull())
      .addColumn('generated_by', 'integer', (c) => c.notNull().references('operators.id')),
  ).execute();
  await strict(
    db.schema
      .createTable('seat_faults')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('session_id', 'integer', (c) => c.notNull().references('exam_sessions.id'))
      .addColumn('seat_id', 'integer', (c) => c.notNull().references('seats.id'))
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('operator_id', 'integer', (c) => c.notNull().references('operators.id'))
      .addUniqueConstraint('seat_faults_once', ['session_id', 'seat_id']),
  ).execute();
}

export async function down(): Promise<void> {
  throw new Error('Exam Desk migrations are forward-only; restore a backup instead.');
}
