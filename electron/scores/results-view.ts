import type { Kysely } from 'kysely';
import type { CandidateResult, SubjectStats } from '../../shared/scores/contract';
import type { Verdict } from '../../shared/rules/verdict';
import { ruleEnvFor } from '../policy/rule-env';
import { decide, type RuleEnv } from '../rules/engine';
import type { DB } from '../store/schema';
import { toView } from './results-repo';
import { sessionResultRows, subjectStatRows } from './results-view-repo';
import { centerZone } from '../store/center-zone';

const verdictOrNull = (out: Verdict | { error: unknown }): Verdict | null => ('error' in out ? null : out);

/**
 * Results of a session with their consequences: the release date and pass mark (RES-1, RES-2),
 * a free retake where the profile grants one (RES-3), and the certificate's validity (RES-4).
 */
export async function candidateResults(db: Kysely<DB>, sessionId: number, now: Date): Promise<CandidateResult[]> {
  const env: RuleEnv = await ruleEnvFor(db);
  const zone = await centerZone(db);
  const rows = await sessionResultRows(db, sessionId);
  const base = (profile: string) => ({ profile, now: now.toISOString(), timeZone: zone });
  return rows.map((r) => {
    const release = verdictOrNull(
      decide(
        {
          decision: 'result-release',
          ...base(r.profile_id),
          facts: {
            part: r.part as 'theory',
            examStart: r.starts_at,
            examMinutes: r.duration_min,
            ...(r.value === null ? {} : { score: r.value }),
            passMark: r.pass_score,
            maxScore: r.max_score,
            disciplineBreach: r.state === 'cancelled',
          },
        },
        env,
      ),
    );
    const retake =
      r.passed === 0 && r.state !== 'cancelled'
        ? verdictOrNull(decide({ decision: 'retake', ...base(r.profile_id), facts: { failedAttempt: { start: r.starts_at, attemptNo: r.attempt_no, passed: false } } }, env))
        : null;
    const certificate =
      r.passed === 1 && r.state === 'released' && r.released_at
        ? verdictOrNull(decide({ decision: 'certificate', ...base(r.profile_id), facts: { level: r.level, results: [{ level: r.level, passed: true, releasedAt: r.released_at }] } }, env))
        : null;
    return {
      appointmentId: r.appointment_id,
      candidateName: r.name,
      subjectCode: r.code,
      subjectName: r.subject_name,
      part: r.part,
      result: toView(r),
      release,
      retake,
      certificate,
    };
  });
}

/**
 * REP-1: per subject, registered, attended, passed and the pass rate (passed / attended).
 * Attended: checked in at the desk, or holding a live result that is not "absent".
 */
export async function subjectStats(db: Kysely<DB>, sessionId?: number): Promise<SubjectStats[]> {
  const bySubject = new Map<string, SubjectStats & { seen: Set<number>; came: Set<number>; ok: Set<number> }>();
  for (const r of await subjectStatRows(db, sessionId)) {
    const s = bySubject.get(r.code) ?? { subjectCode: r.code, subjectName: r.name, registered: 0, attended: 0, passed: 0, passRate: 0, seen: new Set(), came: new Set(), ok: new Set() };
    bySubject.set(r.code, s);
    s.seen.add(r.id);
    if (r.checkInId !== null || r.absent === 0) s.came.add(r.id);
    if (r.passed === 1) s.ok.add(r.id);
  }
  return [...bySubject.values()].map(({ seen, came, ok, ...s }) => ({
    ...s,
    registered: seen.size,
    attended: came.size,
    passed: ok.size,
    passRate: came.size ? ok.size / came.size : 0,
  }));
}
