import { sql, type Kysely } from 'kysely';
import { beforeTrigger, id, raisingFunction } from './pg-ddl';

/** FROZEN once released. PostgreSQL twins of the desk's migrations after the initial one, each named as its SQLite original. */

export async function results(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('score_resolutions')
    .addColumn('id', 'integer', id)
    .addColumn('appointment_id', 'integer', (c) => c.notNull().references('appointments.id'))
    .addColumn('part', 'text', (c) => c.notNull())
    .addColumn('value', 'integer')
    .addColumn('absent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('operator_id', 'integer', (c) => c.notNull().references('operators.id'))
    .addColumn('resolved_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('score_resolutions_once', ['appointment_id', 'part'])
    .execute();
  await db.schema
    .createTable('results')
    .addColumn('id', 'integer', id)
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
    .addColumn('created_by', 'integer', (c) => c.notNull().references('operators.id'))
    .execute();
  await db.schema.createIndex('results_appointment').on('results').columns(['appointment_id', 'part']).execute();
  await sql`CREATE UNIQUE INDEX results_live ON results (appointment_id, part) WHERE state IN ('held','released')`.execute(db);
  await raisingFunction(db, 'results_locked', 'a released result is locked: add a correction');
  await beforeTrigger(db, {
    name: 'results_locked',
    table: 'results',
    event: 'UPDATE',
    fn: 'results_locked',
    when: `NOT ((OLD.state = 'held' AND NEW.state IN ('released','superseded')) OR (OLD.state = 'released' AND NEW.state = 'superseded'))
      OR NEW.value IS DISTINCT FROM OLD.value OR NEW.absent IS DISTINCT FROM OLD.absent OR NEW.passed IS DISTINCT FROM OLD.passed`,
  });
  await raisingFunction(db, 'results_no_delete', 'results are never deleted');
  await beforeTrigger(db, { name: 'results_no_delete', table: 'results', event: 'DELETE', fn: 'results_no_delete' });
}

export async function outbox(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('outbox')
    .addColumn('id', 'integer', id)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('local_date', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('rows', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('operators.id'))
    .addColumn('sent_at', 'text')
    .addColumn('sent_by', 'integer', (c) => c.references('operators.id'))
    .execute();
}

export async function seating(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('seat_plans')
    .addColumn('session_id', 'integer', (c) => c.primaryKey().references('exam_sessions.id'))
    .addColumn('seed', 'integer', (c) => c.notNull())
    .addColumn('adjacent_same_subject', 'integer', (c) => c.notNull())
    .addColumn('generated_at', 'text', (c) => c.notNull())
    .addColumn('generated_by', 'integer', (c) => c.notNull().references('operators.id'))
    .execute();
  await db.schema
    .createTable('seat_faults')
    .addColumn('id', 'integer', id)
    .addColumn('session_id', 'integer', (c) => c.notNull().references('exam_sessions.id'))
    .addColumn('seat_id', 'integer', (c) => c.notNull().references('seats.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('operator_id', 'integer', (c) => c.notNull().references('operators.id'))
    .addUniqueConstraint('seat_faults_once', ['session_id', 'seat_id'])
    .execute();
}

/** A new PostgreSQL database holds no fork, so both indexes cover every row (SQLite's migration 070 on a fresh file does the same). */
export async function chainUnique(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE UNIQUE INDEX audit_log_prev_hash_unique ON audit_log (prev_hash)`.execute(db);
  await sql`CREATE UNIQUE INDEX id_checks_prev_hash_unique ON id_checks (prev_hash)`.execute(db);
}

/** DAY-8 for the person: the overlap test on ISO instants as timestamptz (SQLite compares julianday()). */
export async function oneAdmissionPerPerson(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE FUNCTION check_ins_one_per_person() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
      IF EXISTS (
        SELECT 1
          FROM appointments a1
          JOIN candidates c1 ON c1.id = a1.candidate_id
          JOIN candidates c2 ON c2.id_hash = c1.id_hash
          JOIN appointments a2 ON a2.candidate_id = c2.id
          JOIN check_ins ci ON ci.appointment_id = a2.id
         WHERE a1.id = NEW.appointment_id
           AND a2.id <> a1.id
           AND a2.starts_at::timestamptz < a1.starts_at::timestamptz + make_interval(mins => a1.duration_min)
           AND a1.starts_at::timestamptz < a2.starts_at::timestamptz + make_interval(mins => a2.duration_min)
      ) THEN
        RAISE EXCEPTION 'DAY-8: this person is already admitted on another booking in an overlapping session';
      END IF;
      RETURN NEW;
    END $fn$`.execute(db);
  await beforeTrigger(db, { name: 'check_ins_one_per_person_insert', table: 'check_ins', event: 'INSERT', fn: 'check_ins_one_per_person' });
  await beforeTrigger(db, { name: 'check_ins_one_per_person_update', table: 'check_ins', event: 'UPDATE OF appointment_id', fn: 'check_ins_one_per_person' });
}
