import { sql, type Kysely } from 'kysely';

/**
 * FROZEN. DAY-8 is about the person (issue #14.4): one document (the candidate's keyed hash,
 * whatever candidate row carries it) is admitted at most once among sessions that overlap in
 * time. check_ins.appointment_id was already UNIQUE (one admission per booking); this trigger
 * refuses a check-in whose booking's person is already admitted on another booking whose
 * [starts_at, starts_at + duration) overlaps. Rows already stored are left as they are (a past
 * admission is a fact of the day); the rule holds from here on for every insert and update.
 */
const guard = (event: string) => sql`
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
  await guard('INSERT').execute(db);
  await guard('UPDATE OF appointment_id').execute(db);
}
