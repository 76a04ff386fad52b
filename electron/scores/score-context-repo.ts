import type { Db } from '../store/db';
import { selectAppointments } from '../store/appointments-query';

/** The appointment with its subject and the part's score limits (score-context.ts). */
export function scoreContextRow(db: Db, appointmentId: number, part: 'theory' | 'lab' | 'interview') {
  return selectAppointments(db)
    .leftJoin('subject_parts as sp', (j) => j.onRef('sp.subject_id', '=', 's.id').on('sp.part', '=', part))
    .where('a.id', '=', appointmentId)
    .select(['a.id', 'a.candidate_id', 'a.starts_at', 'a.duration_min', 'a.attempt_no', 's.id as subject_id', 's.code', 's.name', 's.level', 's.profile_id', 'sp.max_score', 'sp.pass_score'])
    .executeTakeFirst();
}
