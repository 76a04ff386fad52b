import type { Verdict } from '../../shared/rules/verdict';
import { DomainError } from '../core/errors';
import { decide, type RuleEnv } from '../rules/engine';
import type { ScoreContext } from './score-context';
import { undecidedSay } from '../rules/undecided-say';

/** RES-1 and RES-2 for one score: pass at exactly the pass mark, and the release date. */
export function releaseVerdict(env: RuleEnv, c: ScoreContext, part: string, value: number | null, now: Date): Verdict {
  const out = decide(
    {
      decision: 'result-release',
      profile: c.profileId,
      now: now.toISOString(),
      timeZone: c.timeZone,
      facts: {
        part: part as 'theory' | 'lab' | 'interview',
        examStart: c.startsAt,
        examMinutes: c.durationMin,
        ...(value === null ? {} : { score: value }),
        passMark: c.passScore,
        maxScore: c.maxScore,
      },
    },
    env,
  );
  if ('error' in out) throw new DomainError('REFUSED', `The rules cannot date this result: ${out.error.message}`, undecidedSay({ key: 'scores.rulesUndecided', params: { detail: out.error.message } }, out.error));
  return out;
}

export function releaseDateOf(v: Verdict): string {
  const f = v.numbers.releaseDate;
  if (!f || f.kind !== 'date') throw new Error('result-release verdict without a release date');
  return f.date;
}
