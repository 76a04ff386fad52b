import { sql, type Kysely } from 'kysely';
import { strict } from './table';

/**
 * FROZEN. Double-entry resolutions and results (issue #6).
 * - score_resolutions: a manager's decision where the two entries of a score disagree.
 * - results: one row per agreed score of a part; held until released (RES-2); a released row is
 *   locked by a trigger: corrections and cancellations (RES-5) are new rows naming the old one.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await strict(
    db.schema
      .createTable('score_resolutions')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('appointment_id', 'integer', (c) => c.notNull().references('appointments.id'))
      .addColumn('part', 'text', (c) => c.notNull())
      .addColumn('value', 'integer')
      .addColumn('absent', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('operator_id', 'integer', (c) => c.notNull().references('operators.id'))
      .addColumn('resolved_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('score_resolutions_once', ['appointment_id', 'part']),
  ).execute();

  await strict(
    db.schema
      .createTable('results')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('appointment_id', 'integer', (c) => c.notNull().references('appointments.id'))
      .addColumn('part', 'text', (c) => c.notNull())
      .addColumn('value', 'integer')
      .addColumn('absent', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('max_score', 'integer', (c) => c.notNull())
      .addColumn('pass_score', 'integer', (c) => c.notNull())
      .addColumn('passed', 'integer', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('held','released','cancelled','superseded')`))
      .addColumn('release_date', 'text', (c) => c.notNull())
      .addColumn('released_at', 'text')
      .addColumn('released_by', 'integer', (c) => c.references('operators.id'))
      .addColumn('corrects_id', 'integer', (c) => c.references('results.id'))
      .addColumn('reason', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'integer', (c) => c.notNull().references('operators.id')),
  ).execute();
  await db.schema.createIndex('results_appointment').on('results').columns(['appointment_id', 'part']).execute();
  // One live (held or released) result per appointment and part.
  await sql`CREATE UNIQUE INDEX results_live ON results (appointment_id, part) WHERE state IN ('held','released')`.execute(db);
  // A released or cancelled result is locked; only held -> released/superseded and released -> superseded.
  await sql`CREATE TRIGGER results_locked BEFORE UPDATE ON results
    WHEN NOT (
      (OLD.state = 'held' AND NEW.state IN ('released','superseded'))
      OR (OLD.state = 'released' AND NEW.state = 'superseded')
    ) OR NEW.value IS NOT OLD.value OR NEW.absent IS NOT OLD.absent OR NEW.passed IS NOT OLD.passed
    BEGIN SELECT RAISE(ABORT, 'a released result is locked: add a correction'); END`.execute(db);
  await sql`CREATE TRIGGER results_no_delete BEFORE DELETE ON results
    BEGIN SELECT RAISE(ABORT, 'results are never deleted'); END`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Exam Desk migrations are forward-only; restore a backup instead.');
}
