import type { Db } from '../store/db';
import { selectAppointments } from '../store/appointments-query';
import { centerZone } from '../store/center-zone';

/** The appointment, subject part limits and zone a score belongs to. */
export interface ScoreContext {
  appointmentId: number;
  candidateId: number;
  subjectId: number;
  subjectCode: string;
  subjectName: string;
  level: string;
  profileId: string;
  startsAt: string;
  durationMin: number;
  attemptNo: number;
  maxScore: number;
  passScore: number;
  timeZone: string;
}

export async function loadScoreContext(db: Db, appointmentId: number, part: 'theory' | 'lab' | 'interview'): Promise<ScoreContext | null> {
  const r = await selectAppointments(db)
    .leftJoin('subject_parts as sp', (j) => j.onRef('sp.subject_id', '=', 's.id').on('sp.part', '=', part))
    .where('a.id', '=', appointmentId)
    .select(['a.id', 'a.candidate_id', 'a.starts_at', 'a.duration_min', 'a.attempt_no', 's.id as subject_id', 's.code', 's.name', 's.level', 's.profile_id', 'sp.max_score', 'sp.pass_score'])
    .executeTakeFirst();
  if (!r || r.max_score === null || r.pass_score === null) return null;
  return {
    appointmentId: r.id,
    candidateId: r.candidate_id,
    subjectId: r.subject_id,
    subjectCode: r.code,
    subjectName: r.name,
    level: r.level,
    profileId: r.profile_id,
    startsAt: r.starts_at,
    durationMin: r.duration_min,
    attemptNo: r.attempt_no,
    maxScore: r.max_score,
    passScore: r.pass_score,
    timeZone: await centerZone(db),
  };
}
