import { sql, type Kysely } from 'kysely';
import { strict } from '../table';

/** FROZEN, part of migration 2026-11-25-001-initial: Seat assignments, scores and certificates. */
export async function createSeatAndScoreTables(db: Kysely<any>): Promise<void> {
  await strict(
    db.schema
      .createTable('seat_assignments')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('session_id', 'integer', (c) => c.notNull().references('exam_sessions.id'))
      .addColumn('appointment_id', 'integer', (c) => c.notNull().unique().references('appointments.id'))
      .addColumn('seat_id', 'integer', (c) => c.notNull().references('seats.id'))
      .addColumn('seed', 'integer')
      .addColumn('reason', 'text')
      .addColumn('assigned_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('seat_assignments_session_seat', ['session_id', 'seat_id']),
  ).execute();

  await strict(
    db.schema
      .createTable('scores')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('appointment_id', 'integer', (c) => c.notNull().references('appointments.id'))
      .addColumn('part', 'text', (c) => c.notNull())
      .addColumn('entry_no', 'integer', (c) => c.notNull().check(sql`entry_no in (1, 2)`))
      .addColumn('operator_id', 'integer', (c) => c.notNull().references('operators.id'))
      .addColumn('value', 'integer')
      .addColumn('absent', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('entered_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('scores_entry', ['appointment_id', 'part', 'entry_no']),
  ).execute();

  await strict(
    db.schema
      .createTable('certificates')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('candidate_id', 'integer', (c) => c.notNull().references('candidates.id'))
      .addColumn('subject_id', 'integer', (c) => c.notNull().references('subjects.id'))
      .addColumn('released_at', 'text', (c) => c.notNull())
      .addColumn('valid_until', 'text', (c) => c.notNull()),
  ).execute();
}
