import { describe, expect, it } from 'vitest';
import { expectOutcome, shift, verdict } from './helpers';

const expiry = (now: string, paidAt: string, bookedBeforePayment = false) => ({ decision: 'order-expiry', profile: 'tencent-test-center', now, facts: { paidAt, bookedBeforePayment } }) as const;

describe('ORD-1 order validity', () => {
  it('ORD-1 an order is valid 12 months from payment, through its last instant', () => {
    const paid = '2025-11-11T16:54:00+08:00';
    const v = verdict(expiry('2026-11-11T16:54:00+08:00', paid));
    expectOutcome(v, 'allowed', 'ORD-1');
    expect(v.numbers.expiresAt).toMatchObject({ local: '2026-11-11T16:54:00+08:00', utc: '2026-11-11T08:54:00.000Z' });
    expectOutcome(verdict(expiry(shift('2026-11-11T16:54:00+08:00', 1), paid)), 'refused', 'ORD-3');
  });
  it('ORD-1 booked before payment: 6 months', () => {
    const v = verdict(expiry('2026-01-01T00:00:00+08:00', '2025-08-31T10:00:00+08:00', true));
    // 2025-08-31 + 6 months = 2026-02-28 (end-of-month clamp).
    expect(v.numbers.expiresAt).toMatchObject({ local: '2026-02-28T10:00:00+08:00' });
    expect(v.numbers.validityMonths).toEqual({ kind: 'count', value: 6 });
  });
  it('ORD-1 end-of-month clamping: paid 2024-02-29 expires 2025-02-28', () => {
    const v = verdict({ ...expiry('2025-01-01T00:00:00+08:00', '2024-02-29T12:00:00+08:00'), profile: 'tencent-practitioner' });
    expect(v.numbers.expiresAt).toMatchObject({ local: '2025-02-28T12:00:00+08:00' });
  });
});

describe('ORD-2 expiry reminders at 90, 60, 30 and 15 days', () => {
  const paid = '2025-11-11T16:54:00+08:00'; // expires 2026-11-11 16:54
  it('ORD-2 reminders fall at 00:00 center time of the dates 90/60/30/15 days before the expiry date', () => {
    const v = verdict(expiry('2026-05-01T00:00:00+08:00', paid));
    expect(v.numbers.reminder90).toMatchObject({ local: '2026-08-13T00:00:00+08:00' });
    expect(v.numbers.reminder60).toMatchObject({ local: '2026-09-12T00:00:00+08:00' });
    expect(v.numbers.reminder30).toMatchObject({ local: '2026-10-12T00:00:00+08:00' });
    expect(v.numbers.reminder15).toMatchObject({ local: '2026-10-27T00:00:00+08:00' });
    expect(v.numbers.remindersDue).toEqual({ kind: 'count', value: 0 });
    expect(v.numbers.nextReminder).toMatchObject({ local: '2026-08-13T00:00:00+08:00' });
  });
  it('ORD-2 a reminder is due at exactly its 00:00 and not 1 ms before', () => {
    const before = verdict(expiry(shift('2026-08-13T00:00:00+08:00', -1), paid));
    expect(before.numbers.remindersDue).toEqual({ kind: 'count', value: 0 });
    const at = verdict(expiry('2026-08-13T00:00:00+08:00', paid));
    expect(at.numbers.remindersDue).toEqual({ kind: 'count', value: 1 });
    expect(at.numbers.nextReminder).toMatchObject({ local: '2026-09-12T00:00:00+08:00' });
  });
});

describe('ORD-3 expired orders', () => {
  const book = (now: string) =>
    ({
      decision: 'book',
      profile: 'tencent-test-center',
      now,
      facts: { start: '2027-01-10T09:00:00+08:00', order: { paidAt: '2025-12-20T10:00:00+08:00' } },
    }) as const;
  it('ORD-3 booking on the last instant of validity is allowed, 1 ms later refused', () => {
    expectOutcome(verdict(book('2026-12-20T10:00:00+08:00')), 'allowed');
    const v = verdict(book(shift('2026-12-20T10:00:00+08:00', 1)));
    expectOutcome(v, 'refused', 'ORD-3');
    expect(v.overridable).toBe(false);
  });
  it('ORD-3 an expired order is not refundable', () => {
    const v = verdict({
      decision: 'refund-exam',
      profile: 'tencent-test-center',
      now: '2026-12-21T10:00:00+08:00',
      facts: { order: { paidAt: '2025-12-20T10:00:00+08:00', payments: [{ method: 'cash', fen: 80000 }], enterprise: true }, hasAppointment: false },
    });
    expectOutcome(v, 'refused', 'ORD-3');
  });
});

describe('ORD-4 practitioner: 3 attempts, 90 minutes, pass 70 of 100', () => {
  const retake = (attemptsUsed: number) =>
    ({
      decision: 'retake',
      profile: 'tencent-practitioner',
      now: '2026-06-01T10:00:00+08:00',
      facts: { failedAttempt: { start: '2026-05-20T10:00:00+08:00' }, order: { paidAt: '2026-05-01T10:00:00+08:00', attemptsUsed } },
    }) as const;
  it('ORD-4 after 2 attempts one is left; after 3 none', () => {
    const v = verdict(retake(2));
    expectOutcome(v, 'allowed', 'ORD-4');
    expect(v.numbers.attemptsLeft).toEqual({ kind: 'count', value: 1 });
    expectOutcome(verdict(retake(3)), 'refused', 'ORD-4');
  });
  it('ORD-4 booking needs an attempt left', () => {
    const book = (attemptsUsed: number) =>
      ({
        decision: 'book',
        profile: 'tencent-practitioner',
        now: '2026-06-01T10:00:00+08:00',
        facts: { start: '2026-06-10T10:00:00+08:00', order: { paidAt: '2026-05-01T10:00:00+08:00', attemptsUsed } },
      }) as const;
    expectOutcome(verdict(book(2)), 'allowed', 'ORD-4');
    expectOutcome(verdict(book(3)), 'refused', 'ORD-4');
  });
  it('ORD-4 the profile carries 90 minutes and a pass mark of 70 of 100', () => {
    const v = verdict({
      decision: 'result-release',
      profile: 'tencent-practitioner',
      now: '2026-06-10T12:00:00+08:00',
      facts: { part: 'theory', examStart: '2026-06-10T10:00:00+08:00', examMinutes: 90, score: 70 },
    });
    expect(v.numbers.passMark).toEqual({ kind: 'count', value: 70 });
    expect(v.numbers.maxScore).toEqual({ kind: 'count', value: 100 });
  });
});

describe('ORD-5 test-center: one registration = one attempt, no free retake', () => {
  it('ORD-5 a used order cannot book again', () => {
    const v = verdict({
      decision: 'book',
      profile: 'tencent-test-center',
      now: '2026-06-01T10:00:00+08:00',
      facts: { start: '2026-06-10T10:00:00+08:00', order: { paidAt: '2026-05-01T10:00:00+08:00', attemptsUsed: 1 } },
    });
    expectOutcome(v, 'refused', 'ORD-5');
  });
  it('ORD-5 there is no free retake', () => {
    const v = verdict({
      decision: 'retake',
      profile: 'tencent-test-center',
      now: '2026-06-01T10:00:00+08:00',
      facts: { failedAttempt: { start: '2026-05-20T10:00:00+08:00' } },
    });
    expectOutcome(v, 'refused', 'ORD-5');
    expect(v.overridable).toBe(false);
  });
});
