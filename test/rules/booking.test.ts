import { describe, expect, it } from 'vitest';
import { DAY, HOUR, MIN, expectOutcome, ruleError, shift, verdict } from './helpers';

const START = '2026-12-05T13:30:00+08:00';
const testCenter = (decision: 'reschedule' | 'cancel', now: string, facts: Record<string, unknown> = {}) => ({ decision, profile: 'tencent-test-center', now, facts: { start: START, ...facts } }) as const;

describe('BOOK-1 test-center change/cancel more than 72 h before', () => {
  const limit = '2026-12-02T13:30:00+08:00'; // start - 72 h
  it('BOOK-1 allows a change 1 ms before start - 72 h', () => {
    const v = verdict(testCenter('reschedule', shift(limit, -1)));
    expectOutcome(v, 'allowed', 'BOOK-1');
    expect(v.numbers.changeAllowedUntil).toMatchObject({ utc: '2026-12-02T05:30:00.000Z', local: '2026-12-02T13:30:00+08:00' });
  });
  it('BOOK-1 refuses a change at exactly start - 72 h (overridable, no-show forfeits)', () => {
    const v = verdict(testCenter('reschedule', limit));
    expectOutcome(v, 'refused', 'BOOK-1');
    expect(v.overridable).toBe(true);
    expect(v.reminders.map((r) => r.key)).toContain('remind.noShowForfeits');
  });
  it('BOOK-1 applies the same boundary to cancel', () => {
    expectOutcome(verdict(testCenter('cancel', shift(limit, -1))), 'allowed', 'BOOK-1');
    expectOutcome(verdict(testCenter('cancel', limit)), 'refused', 'BOOK-1');
  });
  it('BOOK-1 is judged in any center zone (Europe/Berlin) by the same instant', () => {
    const v = verdict({ ...testCenter('reschedule', shift(limit, -1)), timeZone: 'Europe/Berlin' });
    expectOutcome(v, 'allowed', 'BOOK-1');
    expect(v.numbers.changeAllowedUntil).toMatchObject({ local: '2026-12-02T06:30:00+01:00' });
  });
  it('BOOK-1 with ORD-3: no change on an expired order', () => {
    const v = verdict(testCenter('reschedule', '2026-11-20T10:00:00+08:00', { order: { paidAt: '2025-11-19T10:00:00+08:00' } }));
    expectOutcome(v, 'refused', 'ORD-3');
  });
});

describe('BOOK-2 booked before payment: a change needs at least 10 days', () => {
  const limit = '2026-11-25T13:30:00+08:00'; // start - 10 days
  const facts = { order: { paidAt: '2026-11-01T10:00:00+08:00', bookedBeforePayment: true } };
  it('BOOK-2 allows a change at exactly start - 10 days', () => {
    expectOutcome(verdict(testCenter('reschedule', limit, facts)), 'allowed', 'BOOK-2');
  });
  it('BOOK-2 refuses a change 1 ms after start - 10 days', () => {
    const v = verdict(testCenter('reschedule', shift(limit, 1), facts));
    expectOutcome(v, 'refused', 'BOOK-2');
    expect(v.overridable).toBe(true);
  });
  it('BOOK-2 speaks of changes only: a cancel follows BOOK-1', () => {
    expectOutcome(verdict(testCenter('cancel', shift(limit, DAY), facts)), 'allowed', 'BOOK-1');
  });
});

describe('BOOK-3 national unified exam date and registration window', () => {
  const nat = (now: string, start: string) => ({ decision: 'book', profile: 'tencent-national-exam', now, facts: { start } }) as const;
  it('BOOK-3 exam on the 25th closes on the 15th at 00:00: open 1 ms before', () => {
    const v = verdict(nat('2024-05-14T23:59:59.999+08:00', '2024-05-25T09:00:00+08:00'));
    expectOutcome(v, 'allowed', 'BOOK-3');
    expect(v.numbers.registrationCloses).toMatchObject({ local: '2024-05-15T00:00:00+08:00' });
  });
  it('BOOK-3 registration is closed at exactly 00:00 ten days before', () => {
    expectOutcome(verdict(nat('2024-05-15T00:00:00+08:00', '2024-05-25T09:00:00+08:00')), 'refused', 'BOOK-3');
  });
  it('BOOK-3 registration opens 3 months before (00:00 center time), not 1 ms earlier', () => {
    expectOutcome(verdict(nat('2024-02-25T00:00:00+08:00', '2024-05-25T09:00:00+08:00')), 'allowed', 'BOOK-3');
    const v = verdict(nat('2024-02-24T23:59:59.999+08:00', '2024-05-25T09:00:00+08:00'));
    expectOutcome(v, 'refused', 'BOOK-3');
    expect(v.messageKey).toBe('verdict.national.notOpenYet');
  });
  it('BOOK-3 refuses a date that is not the national exam date', () => {
    const v = verdict(nat('2024-05-01T10:00:00+08:00', '2024-05-18T09:00:00+08:00'));
    expect(v.messageKey).toBe('verdict.national.notExamDate');
    expect(v.params).toMatchObject({ examDate: '2024-05-25' });
  });
  it('BOOK-3 moves the exam one week earlier when the last Saturday is a public holiday', () => {
    const v = verdict({
      decision: 'national-exam-date',
      profile: 'tencent-national-exam',
      now: '2023-08-01T10:00:00+08:00',
      facts: { month: '2023-09' },
    });
    expect(v.numbers.lastSaturday).toEqual({ kind: 'date', date: '2023-09-30' });
    expect(v.numbers.examDate).toEqual({ kind: 'date', date: '2023-09-23' });
    expect(v.reasons[0]?.key).toBe('reason.national.shifted');
  });
  it('BOOK-3 national-exam-date is explicit outside the legacy profile period and outside the calendar', () => {
    expect(ruleError({ decision: 'national-exam-date', profile: 'tencent-national-exam', now: '2025-06-01T00:00:00Z', facts: { month: '2025-06' } }).code).toBe('PROFILE_NOT_IN_FORCE');
    expect(ruleError({ decision: 'national-exam-date', profile: 'tencent-national-exam', now: '2003-06-01T00:00:00Z', facts: { month: '2003-06' } }).code).toBe('PROFILE_NOT_IN_FORCE');
  });
});

describe('BOOK-4 legacy deferral', () => {
  const req = (now: string, facts: Record<string, unknown> = {}) =>
    ({
      decision: 'reschedule',
      profile: 'tencent-national-exam',
      now,
      facts: { start: '2024-05-25T09:00:00+08:00', ...facts },
    }) as const;
  it('BOOK-4 allows a deferral 1 ms before the registration deadline of the exam being left', () => {
    expectOutcome(verdict(req('2024-05-14T23:59:59.999+08:00')), 'allowed', 'BOOK-4');
  });
  it('BOOK-4 refuses a deferral at the deadline, not overridable', () => {
    const v = verdict(req('2024-05-15T00:00:00+08:00'));
    expectOutcome(v, 'refused', 'BOOK-4');
    expect(v.overridable).toBe(false);
  });
  it('BOOK-4 allows one deferral per paid registration only', () => {
    expect(verdict(req('2024-05-01T10:00:00+08:00', { deferralsUsed: 1 })).messageKey).toBe('verdict.deferral.used');
  });
  it('BOOK-4 a retake cannot be deferred', () => {
    const v = verdict(req('2024-05-01T10:00:00+08:00', { isRetake: true }));
    expectOutcome(v, 'refused', 'BOOK-4');
    expect(v.messageKey).toBe('verdict.deferral.retake');
  });
  it('BOOK-4 the deferral is used within 3 months: the July exam yes, the August exam (31st) no', () => {
    expectOutcome(verdict(req('2024-05-01T10:00:00+08:00', { newStart: '2024-07-27T09:00:00+08:00' })), 'allowed', 'BOOK-4');
    const v = verdict(req('2024-05-01T10:00:00+08:00', { newStart: '2024-08-31T09:00:00+08:00' }));
    expect(v.messageKey).toBe('verdict.deferral.tooFar');
    expect(v.numbers.deferUsableUntil).toMatchObject({ local: '2024-08-25T09:00:00+08:00' });
  });
  it('BOOK-4 with BOOK-3: the new date must be a national exam date', () => {
    expect(verdict(req('2024-05-01T10:00:00+08:00', { newStart: '2024-06-15T09:00:00+08:00' })).messageKey).toBe('verdict.national.notExamDate');
  });
  it('BOOK-4 legacy registrations are not cancelled (not applicable)', () => {
    expect(ruleError({ ...req('2024-05-01T10:00:00+08:00'), decision: 'cancel' }).code).toBe('NOT_APPLICABLE');
  });
});

describe('BOOK-5 authorized center: Monday to Friday, change by the last working day before', () => {
  const req = (now: string, start: string, extra: Record<string, unknown> = {}) => ({ decision: 'reschedule', profile: 'tencent-authorized-center', now, facts: { start, ...extra } }) as const;
  it('BOOK-5 allows a change until the end of the last working day before the exam', () => {
    const v = verdict(req('2024-05-07T23:59:59.999+08:00', '2024-05-08T09:00:00+08:00'));
    expectOutcome(v, 'allowed', 'BOOK-5');
    expect(v.numbers.changeAllowedUntil).toMatchObject({ local: '2024-05-08T00:00:00+08:00' });
  });
  it('BOOK-5 refuses a change on the exam day itself (overridable by the center)', () => {
    const v = verdict(req('2024-05-08T00:00:00+08:00', '2024-05-08T09:00:00+08:00'));
    expectOutcome(v, 'refused', 'BOOK-5');
    expect(v.overridable).toBe(true);
  });
  it('BOOK-5 skips holidays: for Monday 2024-05-06 the last working day is Tuesday 2024-04-30', () => {
    expectOutcome(verdict(req('2024-04-30T23:59:00+08:00', '2024-05-06T09:00:00+08:00')), 'allowed', 'BOOK-5');
    expectOutcome(verdict(req('2024-05-01T00:00:00+08:00', '2024-05-06T09:00:00+08:00')), 'refused', 'BOOK-5');
  });
  it('BOOK-5 books exams Monday to Friday only, not on a Saturday nor a weekday holiday', () => {
    const book = (start: string) => ({ decision: 'book', profile: 'tencent-authorized-center', now: '2024-04-01T10:00:00+08:00', facts: { start } }) as const;
    expectOutcome(verdict(book('2024-04-24T09:00:00+08:00')), 'allowed', 'BOOK-5');
    expectOutcome(verdict(book('2024-04-27T09:00:00+08:00')), 'refused', 'BOOK-5');
    expectOutcome(verdict(book('2024-05-02T09:00:00+08:00')), 'refused', 'BOOK-5');
    // 2024-04-28 is a make-up working Sunday: still no exam (Monday to Friday).
    expectOutcome(verdict(book('2024-04-28T09:00:00+08:00')), 'refused', 'BOOK-5');
  });
  it('BOOK-5 the new date of a change must be a working weekday too', () => {
    const v = verdict(req('2024-04-01T10:00:00+08:00', '2024-04-24T09:00:00+08:00', { newStart: '2024-04-27T09:00:00+08:00' }));
    expectOutcome(v, 'refused', 'BOOK-5');
  });
});

describe('BOOK-6 CTyun booking closes 30 minutes before', () => {
  const req = (now: string) => ({ decision: 'book', profile: 'ctyun', now, facts: { start: START } }) as const;
  it('BOOK-6 allows booking 1 ms before start - 30 min', () => {
    expectOutcome(verdict(req(shift('2026-12-05T13:00:00+08:00', -1))), 'allowed', 'BOOK-6');
  });
  it('BOOK-6 refuses booking at exactly start - 30 min', () => {
    const v = verdict(req('2026-12-05T13:00:00+08:00'));
    expectOutcome(v, 'refused', 'BOOK-6');
    expect(v.overridable).toBe(false);
  });
});

describe('BOOK-7 center cannot hold the exam', () => {
  it('BOOK-7 moves the appointment free even within 72 h', () => {
    const v = verdict(testCenter('reschedule', shift(START, -HOUR), { centerCannotHold: true }));
    expectOutcome(v, 'allowed', 'BOOK-7');
    expect(v.ruleIds).not.toContain('BOOK-1');
  });
  it('BOOK-7 also lets the candidate cancel free', () => {
    expectOutcome(verdict(testCenter('cancel', shift(START, -30 * MIN), { centerCannotHold: true })), 'allowed', 'BOOK-7');
  });
});
