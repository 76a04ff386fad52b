/** Result release date and pass mark: RES-1, RES-2, RES-5, CAT-3. */
import type { FactsOf } from '../../../shared/rules/requests';
import type { Verdict } from '../../../shared/rules/verdict';
import { addDays } from '../../../shared/time/dates';
import { localMidnight, parseInstant } from '../../../shared/time/zoned';
import { RuleFailure, type Ctx } from '../context';
import type { Decision } from './types';

function run(f: FactsOf<'result-release'>, ctx: Ctx): Verdict {
  const results = ctx.need('results', 'result release');
  const b = ctx.builder();
  const start = ctx.instant(f.examStart);
  b.instant('examStart', start).text('part', f.part);
  if (f.disciplineBreach) {
    b.because('RES-5', 'reason.result.cancelled', {});
    return b.refuse('verdict.result.cancelled');
  }
  // RES-2: the exam's local date plus the delay in calendar days; released from 00:00 that day.
  const delay = results.releaseDelayDays[f.part];
  const releaseDate = addDays(ctx.localDate(start), delay);
  const releaseAt = localMidnight(releaseDate, ctx.zone);
  b.date('releaseDate', releaseDate).instant('releaseAt', releaseAt).count('delayDays', delay);
  b.because('RES-2', 'reason.result.delay', { part: f.part, days: delay, date: releaseDate });
  if (f.part === 'theory' && results.theoryShownAfterMinutes !== undefined && f.examMinutes !== undefined) {
    const shown = start + (f.examMinutes + results.theoryShownAfterMinutes) * 60_000;
    b.instant('guideShownAt', shown);
    b.remind('RES-2', 'remind.result.guide', { at: ctx.local(shown) });
  }

  const params: Record<string, string | number> = { date: releaseDate };
  if (f.score !== undefined) {
    const mark = results.passMarks[f.part];
    const pass = f.passMark ?? mark?.pass;
    const max = f.maxScore ?? mark?.max;
    if (max !== undefined && f.score > max) throw new RuleFailure('INCONSISTENT_FACTS', `score ${f.score} is above the maximum ${max}`, 'facts.score');
    if (pass !== undefined) {
      const passed = f.score >= pass;
      b.count('score', f.score).count('passMark', pass);
      if (max !== undefined) b.count('maxScore', max);
      b.because('RES-1', passed ? 'reason.result.passed' : 'reason.result.failed', {
        score: f.score,
        pass,
        max: max ?? '',
      });
      params.result = passed ? 'passed' : 'failed';
    }
  }
  if (ctx.now >= releaseAt) return b.allow('verdict.result.released', params);
  return b.refuse('verdict.result.notYet', params);
}

export const resultRelease: Decision<'result-release'> = {
  name: 'result-release',
  anchor: (r) => parseInstant(r.facts.examStart),
  run,
};
