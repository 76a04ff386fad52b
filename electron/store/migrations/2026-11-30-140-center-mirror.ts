import { sql, type Kysely } from 'kysely';
import { strict } from './table';

/**
 * FROZEN. A joined desk's copy learns the admissions made at the other desks of its center (#19,
 * DAY-8 across desks). check_ins is rebuilt so a row may be another desk's admission mirrored from
 * the center: operator_id becomes nullable (that desk's operator is not an account here), and three
 * columns say whose admission it is: operator_name (the operator as the center holds it),
 * center_nonce (the center's nonce of that admission, unique) and mirrored_at (when this desk
 * learnt it). A row is either this desk's own admission (operator_id set, the three null) or a
 * mirrored one (operator_id null, the three set). desk keeps naming the desk that admitted.
 * Every row, its id and the DAY-8 person triggers (2026-11-30-080) are kept as they were.
 * center_mirror_cursor (one row) holds the center's audit seq up to which this desk has mirrored.
 */
const personGuard = (event: string) => sql`
  CREATE TRIGGER ${sql.raw(`check_ins_one_per_person_${event.toLowerCase().replace(/ .*/, '')}`)} BEFORE ${sql.raw(event)} ON check_ins
  WHEN EXISTS (
    SELECT 1
      FROM appointments a1
      JOIN candidates c1 ON c1.id = a1.candidate_id
      JOIN candidates c2 ON c2.id_hash = c1.id_hash
      JOIN appointments a2 ON a2.candidate_id = c2.id
      JOIN check_ins ci ON ci.appointment_id = a2.id
     WHERE a1.id = NEW.appointment_id
       AND a2.id <> a1.id
       AND julianday(a2.starts_at) < julianday(a1.starts_at) + a1.duration_min / 1440.0
       AND julianday(a1.starts_at) < julianday(a2.starts_at) + a2.duration_min / 1440.0
  )
  BEGIN SELECT RAISE(ABORT, 'DAY-8: this person is already admitted on another booking in an overlapping session'); END`;

export async function up(db: Kysely<any>): Promise<void> {
  await strict(
    db.schema
      .createTable('check_ins_next')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('appointment_id', 'integer', (c) => c.notNull().unique().references('appointments.id'))
      .addColumn('operator_id', 'integer', (c) => c.references('operators.id'))
      .addColumn('desk', 'text', (c) => c.notNull())
      .addColumn('admitted_at', 'text', (c) => c.notNull())
      .addColumn('override_reason', 'text')
      .addColumn('operator_name', 'text')
      .addColumn('center_nonce', 'text', (c) => c.unique())
      .addColumn('mirrored_at', 'text')
      .addCheckConstraint('check_ins_own_or_mirrored', sql`(mirrored_at is null) = (operator_id is not null) and (mirrored_at is null) = (operator_name is null) and (mirrored_at is null) = (center_nonce is null)`),
  ).execute();
  await sql`insert into check_ins_next (id, appointment_id, operator_id, desk, admitted_at, override_reason)
    select id, appointment_id, operator_id, desk, admitted_at, override_reason from check_ins order by id`.execute(db);
  await db.schema.dropTable('check_ins').execute();
  await sql`alter table check_ins_next rename to check_ins`.execute(db);
  await personGuard('INSERT').execute(db);
  await personGuard('UPDATE OF appointment_id').execute(db);

  await strict(
    db.schema
      .createTable('center_mirror_cursor')
      .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
      .addColumn('audit_seq', 'integer', (c) => c.notNull())
      .addColumn('synced_at', 'text', (c) => c.notNull()),
  ).execute();
}

export async function down(): Promise<void> {
  throw new Error('Exam Desk migrations are forward-only; restore a backup instead.');
}
