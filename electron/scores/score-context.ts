import type { Db } from '../store/db';
import { scoreContextRow } from './score-context-repo';
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
  const r = await scoreContextRow(db, appointmentId, part);
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
