import type { Kysely } from 'kysely';
import type { DB } from '../store/schema';
import { selectAppointments } from '../store/appointments-query';

/** The statements of the results views (results-view.ts). */

/** A session's live results with candidate, subject and attempt, by pinyin. */
export function sessionResultRows(db: Kysely<DB>, sessionId: number) {
  return db
    .selectFrom('results as r')
    .innerJoin('appointments as a', 'a.id', 'r.appointment_id')
    .innerJoin('candidates as c', 'c.id', 'a.candidate_id')
    .innerJoin('subjects as s', 's.id', 'a.subject_id')
    .where('a.session_id', '=', sessionId)
    .where('r.state', '!=', 'superseded')
    .selectAll('r')
    .select(['c.name', 's.code', 's.name as subject_name', 's.level', 's.profile_id', 'a.starts_at', 'a.duration_min', 'a.attempt_no'])
    .orderBy('c.pinyin_compact')
    .execute();
}

/** Standing appointments with their check-in and held or released result, by subject (REP-1). */
export function subjectStatRows(db: Kysely<DB>, sessionId?: number) {
  let q = selectAppointments(db)
    .leftJoin('results as x', (j) => j.onRef('x.appointment_id', '=', 'a.id').on('x.state', 'in', ['held', 'released']))
    .where('a.state', 'not in', ['cancelled', 'rescheduled'])
    .select(['a.id', 's.code', 's.name', 'ci.id as checkInId', 'x.absent', 'x.passed'])
    .orderBy('s.code');
  if (sessionId !== undefined) q = q.where('a.session_id', '=', sessionId);
  return q.execute();
}
