import { sql, type Kysely } from 'kysely';
import { beforeTrigger, id, raisingFunction } from './pg-ddl';

/** FROZEN once released. PostgreSQL twins of the desk's migrations 100 onwards, each named as its SQLite original. */

export async function centerSetup(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE centers ADD COLUMN address TEXT NOT NULL DEFAULT ''`.execute(db);
  await db.schema
    .createTable('center_profiles')
    .addColumn('center_id', 'integer', (c) => c.notNull().references('centers.id'))
    .addColumn('profile_id', 'text', (c) => c.notNull())
    .addColumn('chosen_at', 'text', (c) => c.notNull())
    .addColumn('chosen_by', 'integer', (c) => c.references('operators.id'))
    .addPrimaryKeyConstraint('center_profiles_pk', ['center_id', 'profile_id'])
    .execute();
  await sql`INSERT INTO center_profiles (center_id, profile_id, chosen_at, chosen_by)
    SELECT DISTINCT c.id, s.profile_id, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), NULL::integer
      FROM centers c CROSS JOIN subjects s`.execute(db);
}

export async function incidents(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('incidents')
    .addColumn('id', 'integer', id)
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
    .addCheckConstraint('incidents_closed_together', sql`(closed_by is null) = (closed_at is null) and (closed_at is null) = (resolution is null)`)
    .execute();
  await db.schema.createIndex('incidents_session').on('incidents').column('session_id').execute();
  await raisingFunction(db, 'incidents_report_fixed', 'an incident report is never rewritten, and a closed one stays closed');
  await beforeTrigger(db, {
    name: 'incidents_report_fixed',
    table: 'incidents',
    event: 'UPDATE',
    fn: 'incidents_report_fixed',
    when: `old.closed_at is not null
      or new.session_id is distinct from old.session_id or new.appointment_id is distinct from old.appointment_id
      or new.kind is distinct from old.kind or new.occurred_at is distinct from old.occurred_at or new.text is distinct from old.text
      or new.recorded_by is distinct from old.recorded_by or new.recorded_at is distinct from old.recorded_at or new.desk is distinct from old.desk`,
  });
  await raisingFunction(db, 'incidents_no_delete', 'incidents are never deleted');
  await beforeTrigger(db, { name: 'incidents_no_delete', table: 'incidents', event: 'DELETE', fn: 'incidents_no_delete' });
}

export async function centerLink(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('center_outbox')
    .addColumn('seq', 'integer', id)
    .addColumn('nonce', 'text', (c) => c.notNull().unique())
    .addColumn('admission_code', 'text', (c) => c.notNull())
    .addColumn('payload_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('answer', 'text')
    .execute();
  await db.schema
    .createTable('center_lease_copy')
    .addColumn('session_key', 'text', (c) => c.primaryKey())
    .addColumn('desk', 'text', (c) => c.notNull())
    .addColumn('copied_at', 'text', (c) => c.notNull())
    .execute();
}
