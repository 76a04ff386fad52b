/**
 * BOOK-7: the center cannot hold an exam; the appointment moves free to the first available date
 * at the same center: the earliest session after now and after the cancelled one, at that center,
 * with a free seat. The candidate may accept it or choose another.
 */
import type { FactsOf } from '../../../shared/rules/requests';
import type { Verdict } from '../../../shared/rules/verdict';
import { parseInstant } from '../../../shared/time/zoned';
import { RuleFailure, type Ctx } from '../context';
import type { Decision } from './types';

function run(f: FactsOf<'first-available-date'>, ctx: Ctx): Verdict {
  const change = ctx.need('change', 'first available date');
  if (change.rule !== 'hours-before' || !change.centerFaultMovesFree) throw new RuleFailure('NOT_APPLICABLE', `profile ${ctx.profile.id} has no free move for a center fault (BOOK-7)`);
  const b = ctx.builder();
  const cancelled = ctx.instant(f.cancelledStart);
  b.instant('cancelledStart', cancelled);
  const after = Math.max(cancelled, ctx.now);
  const offered = f.sessions
    .map((s) => ({ ...s, at: ctx.instant(s.start) }))
    .filter((s) => s.at > after && s.seatsFree > 0 && (f.center === undefined || s.center === undefined || s.center === f.center))
    .sort((x, y) => x.at - y.at);
  b.count('sessionsOffered', offered.length);
  const first = offered[0];
  if (!first) {
    b.because('BOOK-7', 'reason.firstDate.none', { center: f.center ?? '' });
    return b.refuse('verdict.firstDate.none', { center: f.center ?? '' });
  }
  b.instant('firstAvailableAt', first.at).date('firstAvailableDate', ctx.localDate(first.at));
  b.because('BOOK-7', 'reason.firstDate.found', { start: ctx.local(first.at), center: f.center ?? '' });
  return b.allow('verdict.firstDate.found', { start: ctx.local(first.at) });
}

export const firstAvailableDate: Decision<'first-available-date'> = {
  name: 'first-available-date',
  anchor: (r) => parseInstant(r.now),
  run,
};
