/** Redeem-code transitions (enterprise orders): PAY-5, ORD-3. */
import type { FactsOf } from '../../../shared/rules/requests';
import type { Verdict } from '../../../shared/rules/verdict';
import { addCalendarMonths, parseInstant } from '../../../shared/time/zoned';
import type { Ctx } from '../context';
import type { Decision } from './types';

type Facts = FactsOf<'redeem-code'>;
type State = Facts['state'];

/** PAY-5: from which state each action may start, and where it leads. */
const transitions: Record<Facts['action'], { from: readonly State[]; to: State }> = {
  bind: { from: ['unused'], to: 'bound' },
  unbind: { from: ['bound'], to: 'unused' },
  regenerate: { from: ['unused'], to: 'unused' },
  complete: { from: ['bound'], to: 'completed' },
  expire: { from: ['unused', 'bound'], to: 'expired' },
};

function run(f: Facts, ctx: Ctx): Verdict {
  const redeem = ctx.need('redeemCodes', 'redeem code');
  const b = ctx.builder();
  const expiresAt = f.order.expiresAt ? ctx.instant(f.order.expiresAt) : addCalendarMonths(ctx.instant(f.order.paidAt), redeem.validityMonths, ctx.zone);
  b.instant('codeValidThrough', expiresAt).text('state', f.state);
  const t = transitions[f.action];
  const expired = ctx.now > expiresAt;

  if (!t.from.includes(f.state)) {
    b.because('PAY-5', 'reason.redeem.wrongState', { action: f.action, state: f.state, from: t.from.join(', ') });
    return b.refuse('verdict.redeem.wrongState', { action: f.action, state: f.state });
  }
  if (f.action === 'expire') {
    if (!expired) {
      b.because('PAY-5', 'reason.redeem.notExpired', { until: ctx.local(expiresAt) });
      return b.refuse('verdict.redeem.notExpired', { until: ctx.local(expiresAt) });
    }
    b.because('PAY-5', 'reason.redeem.expiresWithOrder', { at: ctx.local(expiresAt) });
    b.text('nextState', t.to);
    return b.allow('verdict.redeem.expire', { next: t.to });
  }
  if (expired) {
    b.because('PAY-5', 'reason.redeem.expiresWithOrder', { at: ctx.local(expiresAt) });
    b.because('ORD-3', 'reason.order.expired', { expiresAt: ctx.local(expiresAt) });
    return b.refuse('verdict.redeem.expired', { at: ctx.local(expiresAt) });
  }
  b.because('PAY-5', `reason.redeem.${f.action}`, {});
  b.text('nextState', t.to);
  if (f.action === 'unbind') b.remind('PAY-5', 'remind.redeem.losesEligibility', {});
  if (f.action === 'regenerate') b.remind('PAY-5', 'remind.redeem.oldInvalid', {});
  return b.allow(`verdict.redeem.${f.action}`, { next: t.to });
}

export const redeemCode: Decision<'redeem-code'> = {
  name: 'redeem-code',
  anchor: (r) => parseInstant(r.facts.order.paidAt),
  run,
};
