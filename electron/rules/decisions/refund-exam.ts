/** Refund an exam order: PAY-1, PAY-2, PAY-3, PAY-5, PAY-6, ORD-3, CAT-4. */
import type { FactsOf } from '../../../shared/rules/requests';
import type { Verdict } from '../../../shared/rules/verdict';
import { compareDates } from '../../../shared/time/dates';
import { parseInstant } from '../../../shared/time/zoned';
import { yuan, type Ctx, type VerdictBuilder } from '../context';
import { mulDivFloor, splitByRatio } from '../money';
import { orderExpiresAt } from './common';
import type { Decision } from './types';

type Facts = FactsOf<'refund-exam'>;

/** The money refunded: `units` of `of` of what was paid in money, split by payment method (PAY-2). */
function amounts(ctx: Ctx, b: VerdictBuilder, f: Facts, units: number, of: number): number {
  const paid = f.order.payments.reduce((s, p) => s + p.fen, 0);
  const refund = mulDivFloor(paid, units, of);
  b.fen('paidFen', paid).fen('refundFen', refund).fen('couponKeptFen', f.order.couponFen);
  for (const share of splitByRatio(refund, f.order.payments)) b.fen(`refund.${share.method}`, share.fen);
  if (f.order.couponFen > 0) {
    const rule = ctx.profile.parameters.coupons ? 'PAY-6' : 'PAY-2';
    b.because(rule, 'reason.refund.couponKept', { coupon: yuan(f.order.couponFen) });
  }
  b.because('PAY-2', 'reason.refund.byRatio', { amount: yuan(refund) });
  return refund;
}

function run(f: Facts, ctx: Ctx): Verdict {
  const refund = ctx.need('refund', 'exam refund');
  const b = ctx.builder();
  const paidAt = ctx.instant(f.order.paidAt);
  b.instant('paidAt', paidAt);

  if (refund.rule === 'platform-fault-only') {
    if (f.platformFault === 'established') {
      b.because('PAY-3', 'reason.refund.platformFaultEstablished', {});
      const amount = amounts(ctx, b, f, 1, 1);
      return b.allow('verdict.refund.platformFaultEstablished', { amount: yuan(amount) });
    }
    if (f.platformFault) {
      b.because('PAY-3', 'reason.refund.platformFault', {});
      const amount = amounts(ctx, b, f, 1, 1);
      return b.needsOverride('verdict.refund.platformFault', { amount: yuan(amount) });
    }
    b.because('PAY-3', 'reason.refund.notRefundable', {});
    return b.refuse('verdict.refund.notRefundable');
  }

  const payRule = f.order.enterprise ? 'PAY-5' : 'PAY-1';
  if (f.order.refunded || f.order.refundsBefore >= refund.refundsPerOrder) {
    b.because(payRule, 'reason.refund.once', {});
    return b.refuse('verdict.refund.once');
  }
  b.uses('PAY-1'); // one refund per order (refundsPerOrder)

  // "The time counts from payment to the first refund request" (PAY-1).
  const requestAt = f.order.firstRequestAt ? ctx.instant(f.order.firstRequestAt) : ctx.now;
  b.instant('requestAt', requestAt);
  const expiresAt = orderExpiresAt(ctx, b, f.order);
  if (expiresAt !== null) {
    b.instant('orderValidThrough', expiresAt);
    if (requestAt > expiresAt) {
      b.because('ORD-3', 'reason.order.expired', { expiresAt: ctx.local(expiresAt) });
      return b.refuse('verdict.refund.orderExpired', { expiresAt: ctx.local(expiresAt) });
    }
  }

  const orderRules = ctx.profile.parameters.order;
  const attempts = orderRules?.attemptsPerOrder ?? 1;
  if (orderRules) b.uses(attempts > 1 ? 'ORD-4' : 'ORD-5');
  const unusedAttempts = Math.max(0, attempts - f.order.attemptsUsed);

  // CAT-4: after stop-service, unused attempts are refundable whatever the 5-day window.
  const stop = f.subject?.stopService;
  const lifecycle = stop !== undefined && ctx.profile.parameters.lifecycle;
  if (lifecycle) b.uses('CAT-4');
  if (lifecycle && compareDates(ctx.localDate(requestAt), stop) > 0 && unusedAttempts > 0) {
    b.because('CAT-4', 'reason.refund.stopService', { stopService: stop, unused: unusedAttempts });
    const amount = amounts(ctx, b, f, unusedAttempts, attempts);
    return b.allow('verdict.refund.allowed', { amount: yuan(amount) });
  }

  if (f.order.enterprise) {
    const codes = f.order.codes ?? { total: 1, unused: 1, bound: 0, completed: 0 };
    b.count('codesUnused', codes.unused).count('codesBound', codes.bound);
    if (codes.bound > 0) {
      b.because('PAY-5', 'reason.refund.unbindFirst', { bound: codes.bound });
      return b.refuse('verdict.refund.unbindFirst', { bound: codes.bound });
    }
    if (refund.enterpriseWithinValidity) {
      if (codes.unused === 0 || codes.total === 0) {
        b.because('PAY-5', 'reason.refund.nothingLeft', {});
        return b.refuse('verdict.refund.nothingLeft');
      }
      b.because('PAY-5', 'reason.refund.enterprise', { unused: codes.unused, total: codes.total });
      const amount = amounts(ctx, b, f, codes.unused, codes.total);
      return b.allow('verdict.refund.allowed', { amount: yuan(amount) });
    }
  }

  // PAY-1: refundable if the request instant <= payment + 120 h and no appointment exists.
  const windowEnd = paidAt + refund.windowHours * 3_600_000;
  b.instant('refundRequestThrough', windowEnd);
  if (refund.requiresNoAppointment && f.hasAppointment) {
    b.because('PAY-1', 'reason.refund.hasAppointment', {});
    return b.refuse('verdict.refund.hasAppointment');
  }
  if (requestAt > windowEnd) {
    b.because('PAY-1', 'reason.refund.windowClosed', { until: ctx.local(windowEnd) });
    return b.refuse('verdict.refund.windowClosed', { until: ctx.local(windowEnd) });
  }
  if (unusedAttempts === 0) {
    b.because('PAY-1', 'reason.refund.nothingLeft', {});
    return b.refuse('verdict.refund.nothingLeft');
  }
  b.because('PAY-1', 'reason.refund.inWindow', { until: ctx.local(windowEnd) });
  const amount = amounts(ctx, b, f, unusedAttempts, attempts);
  return b.allow('verdict.refund.allowed', { amount: yuan(amount) });
}

export const refundExam: Decision<'refund-exam'> = {
  name: 'refund-exam',
  anchor: (r) => parseInstant(r.facts.order.paidAt),
  run,
};
