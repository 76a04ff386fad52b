import type { Kysely } from 'kysely';
import type { DB } from '../store/schema';
import { standingAppointmentsOn } from '../store/appointments-query';

/** The statements behind the printed documents of one day (day-data.ts shapes the rows). */

export function firstCenter(db: Kysely<DB>) {
  return db.selectFrom('centers').select(['code', 'name', 'name_en', 'time_zone']).orderBy('id').limit(1).executeTakeFirst();
}

export function sessionsWithRoomsOn(db: Kysely<DB>, date: string) {
  return db
    .selectFrom('exam_sessions as es')
    .innerJoin('rooms as r', 'r.id', 'es.room_id')
    .where('es.local_date', '=', date)
    .select(['es.id', 'es.starts_at', 'es.duration_min', 'r.code', 'r.name'])
    .orderBy('es.starts_at')
    .orderBy('r.code')
    .execute();
}

/** The day's standing appointments with what the door list prints. */
export function paperPeopleOn(db: Kysely<DB>, date: string) {
  return standingAppointmentsOn(db, date)
    .select([
      'a.id',
      'a.session_id',
      'a.booking_id',
      'a.part',
      'a.state',
      'a.wheelchair',
      'a.extra_time_pct',
      'a.attempt_no',
      'c.name',
      'c.pinyin',
      'c.pinyin_compact',
      'c.id_last4',
      's.code',
      's.name as subject_name',
      'st.label',
      'ci.admitted_at',
      'ci.override_reason',
    ])
    .execute();
}

export function idChecksOn(db: Kysely<DB>, date: string) {
  return db
    .selectFrom('id_checks as k')
    .innerJoin('appointments as a', 'a.id', 'k.appointment_id')
    .innerJoin('exam_sessions as es', 'es.id', 'a.session_id')
    .innerJoin('candidates as c', 'c.id', 'a.candidate_id')
    .innerJoin('operators as o', 'o.id', 'k.operator_id')
    .where('es.local_date', '=', date)
    .select(['k.id', 'k.checked_at', 'a.booking_id', 'c.name', 'k.kind', 'k.outcome', 'k.rule_ids', 'k.doc_masked', 'o.display_name', 'k.desk', 'k.override_reason', 'k.hash'])
    .orderBy('k.id')
    .execute();
}

/** The day's standing results (superseded ones left out), by subject then booking. */
export function resultsOn(db: Kysely<DB>, date: string) {
  return db
    .selectFrom('results as x')
    .innerJoin('appointments as a', 'a.id', 'x.appointment_id')
    .innerJoin('exam_sessions as es', 'es.id', 'a.session_id')
    .innerJoin('candidates as c', 'c.id', 'a.candidate_id')
    .innerJoin('subjects as s', 's.id', 'a.subject_id')
    .where('es.local_date', '=', date)
    .where('x.state', '!=', 'superseded')
    .select(['a.booking_id', 'c.name', 's.code', 'x.part', 'x.value', 'x.max_score', 'x.absent', 'x.passed', 'x.state', 'x.release_date'])
    .orderBy('s.code')
    .orderBy('a.booking_id')
    .execute();
}
