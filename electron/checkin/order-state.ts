/** ORD-1/ORD-3 and PAY-5 as the desk shows an order: paid, redeem code, expired, unpaid, refunded. */
import type { OrderState } from '../../shared/checkin/types';
import { decide, type RuleEnv } from '../rules/engine';

export interface OrderRow {
  profileId: string;
  paidAt: string | null;
  bookedAt: string;
  redeemCode: string | null;
  refundedAt: string | null;
  startsAt: string;
}

/** ORD-1: the appointment was booked before the order was paid (6 months instead of 12). */
export function bookedBeforePayment(o: { paidAt: string | null; bookedAt: string }): boolean {
  return o.paidAt !== null && Date.parse(o.bookedAt) < Date.parse(o.paidAt);
}

export function orderStateOf(o: OrderRow, ctx: { now: Date; timeZone: string; env: RuleEnv }): { state: OrderState; expiresAt: string | null } {
  if (o.refundedAt !== null) return { state: 'refunded', expiresAt: null };
  if (o.paidAt === null) return { state: 'unpaid', expiresAt: null };
  const v = decide(
    {
      decision: 'order-expiry',
      profile: o.profileId,
      now: ctx.now.toISOString(),
      timeZone: ctx.timeZone,
      facts: { paidAt: o.paidAt, bookedBeforePayment: bookedBeforePayment(o) },
    },
    ctx.env,
  );
  // A profile without an order-validity rule (CTyun): nothing expires on the desk's side.
  if ('error' in v) return { state: o.redeemCode ? 'redeem' : 'paid', expiresAt: null };
  const fig = v.numbers.expiresAt;
  const expiresAt = fig && fig.kind === 'instant' ? fig.utc : null;
  if (v.outcome === 'refused') return { state: 'expired', expiresAt };
  return { state: o.redeemCode ? 'redeem' : 'paid', expiresAt };
}
