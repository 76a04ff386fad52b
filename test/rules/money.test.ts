import { describe, expect, it } from 'vitest';
import { priceAfterPercent, splitByRatio } from '../../electron/rules/money';
import type { DecisionRequest } from '../../shared/rules/requests';
import { expectOutcome, ruleError, shift, verdict } from './helpers';

const PAID = '2026-11-11T16:54:00+08:00';
const refund = (now: string, order: Record<string, unknown> = {}, facts: Record<string, unknown> = {}, profile = 'tencent-test-center'): DecisionRequest =>
  ({
    decision: 'refund-exam',
    profile,
    now,
    facts: { order: { paidAt: PAID, payments: [{ method: 'cash', fen: 160000 }], ...order }, hasAppointment: false, ...facts },
  }) as DecisionRequest;

describe('PAY-1 individual exam order: 5 days from payment, no appointment, once', () => {
  it('PAY-1 refundable at exactly payment + 120 h', () => {
    const v = verdict(refund('2026-11-16T16:54:00+08:00'));
    expectOutcome(v, 'allowed', 'PAY-1');
    expect(v.numbers.refundFen).toEqual({ kind: 'fen', fen: 160000 });
  });
  it('PAY-1 not refundable 1 ms after payment + 120 h, not overridable', () => {
    const v = verdict(refund(shift('2026-11-16T16:54:00+08:00', 1)));
    expectOutcome(v, 'refused', 'PAY-1');
    expect(v.overridable).toBe(false);
  });
  it('PAY-1 the time counts to the first refund request, not to now', () => {
    const v = verdict(refund('2026-11-30T10:00:00+08:00', { firstRequestAt: '2026-11-15T10:00:00+08:00' }));
    expectOutcome(v, 'allowed', 'PAY-1');
  });
  it('PAY-1 not while an appointment is booked', () => {
    const v = verdict(refund('2026-11-12T10:00:00+08:00', {}, { hasAppointment: true }));
    expectOutcome(v, 'refused', 'PAY-1');
    expect(v.messageKey).toBe('verdict.refund.hasAppointment');
  });
  it('PAY-1 one refund per order', () => {
    expect(verdict(refund('2026-11-12T10:00:00+08:00', { refundsBefore: 1 })).messageKey).toBe('verdict.refund.once');
  });
});

describe('PAY-2 coupons are not returned; money goes back in the ratio paid', () => {
  it('PAY-2 refunds cash and gift balance in their ratio and keeps the coupon', () => {
    const v = verdict(
      refund('2026-11-12T10:00:00+08:00', {
        payments: [
          { method: 'cash', fen: 100000 },
          { method: 'gift', fen: 40000 },
        ],
        couponFen: 20000,
      }),
    );
    expectOutcome(v, 'allowed', 'PAY-2');
    expect(v.numbers.refundFen).toEqual({ kind: 'fen', fen: 140000 });
    expect(v.numbers['refund.cash']).toEqual({ kind: 'fen', fen: 100000 });
    expect(v.numbers['refund.gift']).toEqual({ kind: 'fen', fen: 40000 });
    expect(v.numbers.couponKeptFen).toEqual({ kind: 'fen', fen: 20000 });
    expect(v.reasons.map((r) => r.key)).toContain('reason.refund.couponKept');
  });
  it('PAY-2 a partial amount is split by largest remainder, never above what a method paid', () => {
    expect(
      splitByRatio(2, [
        { method: 'a', fen: 1 },
        { method: 'b', fen: 1 },
        { method: 'c', fen: 1 },
      ]).map((p) => p.fen),
    ).toEqual([1, 1, 0]);
    expect(
      splitByRatio(50, [
        { method: 'a', fen: 33 },
        { method: 'b', fen: 67 },
      ]).map((p) => p.fen),
    ).toEqual([17, 33]); // 16.5 / 33.5: the tie goes to the first method
  });
});

describe('PAY-3 practitioner exam: not refundable except for a platform fault', () => {
  it('PAY-3 refused without a platform fault, not overridable', () => {
    const v = verdict(refund('2026-11-12T10:00:00+08:00', {}, {}, 'tencent-practitioner'));
    expectOutcome(v, 'refused', 'PAY-3');
    expect(v.overridable).toBe(false);
  });
  it('PAY-3 a claimed platform fault needs a manager override', () => {
    const v = verdict(refund('2026-11-12T10:00:00+08:00', {}, { platformFault: true }, 'tencent-practitioner'));
    expect(v.outcome).toBe('needs-override');
    expect(v.overridable).toBe(true);
    expect(v.ruleIds).toContain('PAY-3');
    expect(v.numbers.refundFen).toEqual({ kind: 'fen', fen: 160000 });
  });
});

describe('PAY-4 face-to-face training refunds by working days before the class', () => {
  const CLASS = '2026-12-21';
  const training = (now: string, extra: Record<string, unknown> = {}) => ({ decision: 'refund-training', profile: 'training-f2f', now, facts: { classStart: CLASS, paidFen: 333333, ...extra } }) as const;
  it('PAY-4 W = 11 working days: 100%', () => {
    const v = verdict(training('2026-12-03T23:59:59+08:00'));
    expect(v.numbers.workingDaysBefore).toEqual({ kind: 'count', value: 11 });
    expect(v.numbers.refundPercent).toEqual({ kind: 'percent', value: 100 });
    expectOutcome(v, 'allowed', 'PAY-4');
  });
  it('PAY-4 W = 10 working days: 70%, rounded down to the fen', () => {
    const v = verdict(training('2026-12-04T00:00:00+08:00'));
    expect(v.numbers.workingDaysBefore).toEqual({ kind: 'count', value: 10 });
    expect(v.numbers.refundFen).toEqual({ kind: 'fen', fen: 233333 });
  });
  it('PAY-4 at the last second of day 5 (W = 6): still 70%', () => {
    const v = verdict(training('2026-12-10T23:59:59+08:00'));
    expect(v.numbers.workingDaysBefore).toEqual({ kind: 'count', value: 6 });
    expect(v.numbers.refundPercent).toEqual({ kind: 'percent', value: 70 });
  });
  it('PAY-4 from 00:00 of the next day (W = 5): no refund', () => {
    const v = verdict(training('2026-12-11T00:00:00+08:00'));
    expect(v.numbers.workingDaysBefore).toEqual({ kind: 'count', value: 5 });
    expectOutcome(v, 'refused', 'PAY-4');
    expect(v.overridable).toBe(false);
  });
  it('PAY-4 counts make-up working weekends and skips public holidays', () => {
    // Between 2026-09-30 and 2026-10-12: Oct 8, 9 and the make-up Saturday Oct 10.
    const v = verdict({ ...training('2026-09-30T10:00:00+08:00'), facts: { classStart: '2026-10-12', paidFen: 100000 } });
    expect(v.numbers.workingDaysBefore).toEqual({ kind: 'count', value: 3 });
  });
  it('PAY-4 a cancelled class is refunded in full; a deferred one not at all', () => {
    expect(verdict(training('2026-12-20T10:00:00+08:00', { classCancelled: true })).numbers.refundPercent).toEqual({
      kind: 'percent',
      value: 100,
    });
    expectOutcome(verdict(training('2026-11-01T10:00:00+08:00', { deferred: true })), 'refused', 'PAY-4');
  });
  it('PAY-4 outside the calendar years is an explicit error, not a guess', () => {
    const e = ruleError({ ...training('2026-12-20T10:00:00+08:00'), facts: { classStart: '2027-01-11', paidFen: 100 } });
    expect(e.code).toBe('OUTSIDE_CALENDAR');
    expect(e.message).toMatch(/2027-01-11 is outside/);
  });
  it('PAY-4 a deferral needs at least 5 working days (W >= 5) and is allowed once', () => {
    const defer = (now: string, extra: Record<string, unknown> = {}) => verdict({ decision: 'defer-training', profile: 'training-f2f', now, facts: { classStart: CLASS, ...extra } });
    expectOutcome(defer('2026-12-11T23:59:59+08:00'), 'allowed', 'PAY-4');
    expect(defer('2026-12-11T23:59:59+08:00').reminders.map((r) => r.key)).toContain('remind.training.noRefundAfterDeferral');
    expectOutcome(defer('2026-12-14T00:00:00+08:00'), 'refused', 'PAY-4');
    expectOutcome(defer('2026-12-01T00:00:00+08:00', { deferralsUsed: 1 }), 'refused', 'PAY-4');
    expectOutcome(defer('2026-12-20T00:00:00+08:00', { deferralsUsed: 1, classCancelled: true }), 'allowed', 'PAY-4');
  });
});

describe('PAY-5 redeem codes', () => {
  const code = (action: string, state: string, now = '2026-06-01T10:00:00+08:00'): DecisionRequest =>
    ({ decision: 'redeem-code', profile: 'tencent-test-center', now, facts: { action, state, order: { paidAt: '2025-08-29T17:54:01+08:00' } } }) as DecisionRequest;
  it('PAY-5 bind Unused -> Bound, complete Bound -> Completed, unbind Bound -> Unused', () => {
    expect(verdict(code('bind', 'unused')).numbers.nextState).toEqual({ kind: 'text', value: 'bound' });
    expect(verdict(code('complete', 'bound')).numbers.nextState).toEqual({ kind: 'text', value: 'completed' });
    const unbind = verdict(code('unbind', 'bound'));
    expect(unbind.numbers.nextState).toEqual({ kind: 'text', value: 'unused' });
    expect(unbind.reminders.map((r) => r.key)).toContain('remind.redeem.losesEligibility');
  });
  it('PAY-5 regenerate only when Unused; the old code becomes invalid', () => {
    expect(verdict(code('regenerate', 'unused')).reminders.map((r) => r.key)).toContain('remind.redeem.oldInvalid');
    expectOutcome(verdict(code('regenerate', 'bound')), 'refused', 'PAY-5');
    expectOutcome(verdict(code('bind', 'completed')), 'refused', 'PAY-5');
    expectOutcome(verdict(code('unbind', 'unused')), 'refused', 'PAY-5');
  });
  it('PAY-5 codes expire with their order (12 months): valid at the last instant, expired 1 ms later', () => {
    expectOutcome(verdict(code('bind', 'unused', '2026-08-29T17:54:01+08:00')), 'allowed', 'PAY-5');
    const late = verdict(code('bind', 'unused', '2026-08-29T17:54:01.001+08:00'));
    expectOutcome(late, 'refused', 'PAY-5');
    expect(late.ruleIds).toContain('ORD-3');
    expectOutcome(verdict(code('expire', 'bound', '2026-08-29T17:54:01.001+08:00')), 'allowed', 'PAY-5');
    expectOutcome(verdict(code('expire', 'bound', '2026-08-29T17:54:01+08:00')), 'refused', 'PAY-5');
  });
  it('PAY-5 an order is refunded once, only after its bound codes are unbound, for its unused codes', () => {
    const ent = (codes: Record<string, number>, refundsBefore = 0) =>
      verdict(
        refund('2026-06-01T10:00:00+08:00', {
          paidAt: '2025-08-29T17:54:01+08:00',
          enterprise: true,
          payments: [{ method: 'cash', fen: 800000 }],
          codes,
          refundsBefore,
        }),
      );
    const bound = ent({ total: 10, unused: 6, bound: 1, completed: 3 });
    expectOutcome(bound, 'refused', 'PAY-5');
    expect(bound.messageKey).toBe('verdict.refund.unbindFirst');
    const ok = ent({ total: 10, unused: 7, bound: 0, completed: 3 });
    expectOutcome(ok, 'allowed', 'PAY-5');
    expect(ok.numbers.refundFen).toEqual({ kind: 'fen', fen: 560000 });
    expect(ent({ total: 10, unused: 7, bound: 0, completed: 3 }, 1).messageKey).toBe('verdict.refund.once');
  });
});

describe('PAY-6 CTyun coupons', () => {
  const coupon = (couponFacts: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    verdict({
      decision: 'coupon',
      profile: 'ctyun',
      now: '2026-10-01T10:00:00+08:00',
      facts: { priceFen: 120000, coupon: couponFacts, ...extra },
    } as DecisionRequest);
  it('PAY-6 a fixed coupon never takes the price below 0', () => {
    expect(coupon({ kind: 'fixed', valueFen: 20000 }).numbers.finalFen).toEqual({ kind: 'fen', fen: 100000 });
    expect(coupon({ kind: 'fixed', valueFen: 200000 }).numbers.finalFen).toEqual({ kind: 'fen', fen: 0 });
    expect(coupon({ kind: 'fixed', valueFen: 120000 }).numbers.finalFen).toEqual({ kind: 'fen', fen: 0 });
  });
  it('PAY-6 a percentage coupon rounds down to the fen', () => {
    expect(priceAfterPercent(999, 15)).toBe(849); // 849.15 -> 849
    expect(priceAfterPercent(1, 50)).toBe(0);
    expect(priceAfterPercent(10000, 12.5)).toBe(8750);
    expect(coupon({ kind: 'percent', percent: 15 }).numbers.finalFen).toEqual({ kind: 'fen', fen: 102000 });
    expect(coupon({ kind: 'percent', percent: 100 }).numbers.finalFen).toEqual({ kind: 'fen', fen: 0 });
  });
  it('PAY-6 each code is used once and is not returned', () => {
    expectOutcome(coupon({ kind: 'fixed', valueFen: 100 }, { timesUsed: 1 }), 'refused', 'PAY-6');
    const back = coupon({ kind: 'fixed', valueFen: 100 }, { action: 'return' });
    expectOutcome(back, 'refused', 'PAY-6');
    expect(back.overridable).toBe(false);
  });
  it('PAY-6 percentages outside 0..100 or with more than two decimals are rejected', () => {
    const e = ruleError({
      decision: 'coupon',
      profile: 'ctyun',
      now: '2026-10-01T10:00:00+08:00',
      facts: { priceFen: 100, coupon: { kind: 'percent', percent: 12.345 } },
    });
    expect(e.code).toBe('VALIDATION');
    expect(e.path).toBe('facts.coupon.percent');
  });
});
