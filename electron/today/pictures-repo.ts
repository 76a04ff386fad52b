import type { Kysely } from 'kysely';
import type { DB } from '../store/schema';
import { standingAppointmentsOn } from '../store/appointments-query';

/** The statements behind the Today pictures (pictures.ts). */

export function sessionStartsOn(db: Kysely<DB>, date: string) {
  return db
    .selectFrom('exam_sessions as es')
    .innerJoin('rooms as r', 'r.id', 'es.room_id')
    .where('es.local_date', '=', date)
    .select(['es.id', 'es.starts_at', 'r.code'])
    .orderBy('es.starts_at')
    .orderBy('r.code')
    .execute();
}

export function admissionsOn(db: Kysely<DB>, date: string) {
  return standingAppointmentsOn(db, date).select(['a.session_id', 'a.state', 'ci.admitted_at']).execute();
}

/** The rule ids of the day's refusal records. */
export function refusalRuleIdsOn(db: Kysely<DB>, date: string) {
  return db
    .selectFrom('id_checks as k')
    .innerJoin('appointments as a', 'a.id', 'k.appointment_id')
    .innerJoin('exam_sessions as es', 'es.id', 'a.session_id')
    .where('es.local_date', '=', date)
    .where('k.kind', '=', 'refusal')
    .select('k.rule_ids')
    .execute();
}
