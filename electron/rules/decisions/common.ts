/** Rules more than one decision applies: order validity (ORD-1, ORD-3) and the subject lifecycle (CAT-4). */
import type { OrderFacts, SubjectFacts } from '../../../shared/rules/requests';
import type { Verdict } from '../../../shared/rules/verdict';
import { compareDates } from '../../../shared/time/dates';
import { addCalendarMonths } from '../../../shared/time/zoned';
import type { Ctx, VerdictBuilder } from '../context';
import { RuleFailure } from '../context';

/** ORD-1: the instant an order expires (valid through it: "within" includes its last instant). */
export function orderExpiresAt(ctx: Ctx, b: VerdictBuilder, order: { paidAt?: string | undefined; bookedBeforePayment?: boolean; expiresAt?: string | undefined }): number | null {
  if (!order.expiresAt && !order.paidAt) return null;
  ctx.consult('ORD-1');
  b.uses('ORD-1');
  if (order.expiresAt) return ctx.instant(order.expiresAt);
  const paidAt = ctx.instant(order.paidAt as string);
  const o = ctx.profile.parameters.order;
  if (o) return addCalendarMonths(paidAt, order.bookedBeforePayment ? o.validityMonthsIfBookedBeforePayment : o.validityMonths, ctx.zone);
  // PAY-5: codes expire with their order (12 months) where the profile has no ORD section.
  const redeem = ctx.profile.parameters.redeemCodes;
  if (redeem) b.uses('PAY-5');
  return addCalendarMonths(paidAt, redeem?.validityMonths ?? 12, ctx.zone);
}

/**
 * ORD-1 / ORD-3 checks on an order at instant `at`: unpaid (unless booked before payment),
 * refunded, expired. Returns a refusal or null.
 */
export function orderRefusal(ctx: Ctx, b: VerdictBuilder, order: OrderFacts | undefined, at: number, opts: { allowUnpaidIfBookedBeforePayment: boolean }): Verdict | null {
  if (!order) return null;
  if (order.refunded) {
    b.because('PAY-1', 'reason.order.refunded', { order: order.id ?? '' });
    return b.refuse('verdict.order.refunded', { order: order.id ?? '' });
  }
  if (!order.paidAt && !(opts.allowUnpaidIfBookedBeforePayment && order.bookedBeforePayment)) {
    b.because('ORD-1', 'reason.order.unpaid', { order: order.id ?? '' });
    return b.refuse('verdict.order.unpaid', { order: order.id ?? '' });
  }
  const expiresAt = orderExpiresAt(ctx, b, order);
  if (expiresAt !== null) {
    b.instant('orderValidThrough', expiresAt);
    if (at > expiresAt) {
      b.because('ORD-3', 'reason.order.expired', { expiresAt: ctx.local(expiresAt) });
      return b.refuse('verdict.order.expired', { expiresAt: ctx.local(expiresAt) });
    }
  }
  return null;
}

/** An order is required by this profile for this decision. */
export function requireOrder<T>(ctx: Ctx, order: T | undefined): T {
  if (order === undefined) throw new RuleFailure('INCONSISTENT_FACTS', `profile ${ctx.profile.id} needs facts.order for this decision`, 'facts.order');
  return order;
}

/**
 * CAT-4: orders from the stop-sale date on are refused (stop-sale is the first day off sale);
 * exams after the stop-service date are refused (stop-service is the last day of service).
 */
export function lifecycleRefusal(ctx: Ctx, b: VerdictBuilder, subject: SubjectFacts | undefined, check: { orderDate?: string; examDate?: string }): Verdict | null {
  if (!subject || !ctx.profile.parameters.lifecycle) return null;
  b.uses('CAT-4');
  const { orderDate, examDate } = check;
  if (orderDate && subject.onSale && compareDates(orderDate, subject.onSale) < 0) {
    b.because('CAT-4', 'reason.lifecycle.notOnSale', { onSale: subject.onSale });
    return b.refuse('verdict.lifecycle.notOnSale', { onSale: subject.onSale });
  }
  if (orderDate && subject.stopSale && compareDates(orderDate, subject.stopSale) >= 0) {
    b.because('CAT-4', 'reason.lifecycle.stopSale', { stopSale: subject.stopSale });
    return b.refuse('verdict.lifecycle.stopSale', { stopSale: subject.stopSale });
  }
  if (examDate && subject.stopService && compareDates(examDate, subject.stopService) > 0) {
    b.because('CAT-4', 'reason.lifecycle.stopService', { stopService: subject.stopService });
    return b.refuse('verdict.lifecycle.stopService', { stopService: subject.stopService });
  }
  return null;
}
