import { sql, type Kysely } from 'kysely';
import { strict } from './table';

/**
 * FROZEN. Incident reports (#18, as test centers keep them): a proctor records what happened to a
 * candidate or in a session (a disputed late arrival, suspected misconduct (RES-5), a technical
 * fault (BOOK-7), illness, other) with its time and text; a manager closes it with a resolution.
 * The report itself is never rewritten: only the closing fields are set, once, together.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await strict(
    db.schema
      .createTable('incidents')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('session_id', 'integer', (c) => c.notNull().references('exam_sessions.id'))
      .addColumn('appointment_id', 'integer', (c) => c.references('appointments.id'))
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('late-arrival','misconduct','technical-fault','illness','other')`))
      .addColumn('occurred_at', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull().check(sql`length(text) between 1 and 4000`))
      .addColumn('recorded_by', 'integer', (c) => c.notNull().references('operators.id'))
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addColumn('desk', 'text', (c) => c.notNull())
      .addColumn('closed_by', 'integer', (c) => c.references('operators.id'))
      .addColumn('closed_at', 'text')
      .addColumn('resolution', 'text')
      .addCheckConstraint('incidents_closed_together', sql`(closed_by is null) = (closed_at is null) and (closed_at is null) = (resolution is null)`),
  ).execute();
  await db.schema.createIndex('incidents_session').on('incidents').column('session_id').execute();
  // What was reported stays as reported; a closed incident stays closed.
  await sql`CREATE TRIGGER incidents_report_fixed BEFORE UPDATE ON incidents
    WHEN old.closed_at is not null
      or new.session_id is not old.session_id or new.appointment_id is not old.appointment_id
      or new.kind is not old.kind or new.occurred_at is not old.occurred_at or new.text is not old.text
      or new.recorded_by is not old.recorded_by or new.recorded_at is not old.recorded_at or new.desk is not old.desk
    BEGIN SELECT RAISE(ABORT, 'an incident report is never rewritten, and a closed one stays closed'); END`.execute(db);
  await sql`CREATE TRIGGER incidents_no_delete BEFORE DELETE ON incidents
    BEGIN SELECT RAISE(ABORT, 'incidents are never deleted'); END`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Exam Desk migrations are forward-only; restore a backup instead.');
}
