/** Cancel an appointment: BOOK-1 (BOOK-2 speaks of changes only), BOOK-5, BOOK-7. */
import type { FactsOf } from '../../../shared/rules/requests';
import type { Verdict } from '../../../shared/rules/verdict';
import { RuleFailure, type Ctx } from '../context';
import { changeLimit } from './change-deadline';
import { appointmentAnchor } from './reschedule';
import type { Decision } from './types';

function run(f: FactsOf<'cancel'>, ctx: Ctx): Verdict {
  const change = ctx.need('change', 'cancel');
  if (change.rule === 'registration-deadline') throw new RuleFailure('NOT_APPLICABLE', `profile ${ctx.profile.id}: a registration is deferred (reschedule, BOOK-4) or refunded (refund-exam), not cancelled`);
  const b = ctx.builder();
  const start = ctx.instant(f.start);
  b.instant('start', start);
  if (f.centerCannotHold && change.rule === 'hours-before' && change.centerFaultMovesFree) {
    b.because('BOOK-7', 'reason.change.centerFault', {});
    return b.allow('verdict.cancel.centerFault', { start: ctx.local(start) });
  }
  const limit = changeLimit(ctx, start, false, true);
  const until = ctx.local(limit.until);
  b.instant('cancelAllowedBefore', limit.until);
  if (ctx.now >= limit.until) {
    b.because(limit.ruleId, `reason.change.late.${limit.ruleId}`, { until });
    if (limit.ruleId === 'BOOK-1') b.remind('BOOK-1', 'remind.noShowForfeits', {});
    return b.refuse('verdict.cancel.late', { until }, { overridable: true });
  }
  b.because(limit.ruleId, `reason.change.inTime.${limit.ruleId}`, { until });
  return b.allow('verdict.cancel.allowed', { until });
}

export const cancel: Decision<'cancel'> = { name: 'cancel', anchor: (r) => appointmentAnchor(r), run };
