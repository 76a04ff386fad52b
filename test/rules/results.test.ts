import type { DecisionRequest } from '../../shared/rules/requests';
import { describe, expect, it } from 'vitest';
import { expectOutcome, ruleError, shift, verdict } from './helpers';

const release = (now: string, facts: Record<string, unknown>, profile = 'tencent-test-center') =>
  ({ decision: 'result-release', profile, now, facts: { examStart: '2026-12-05T09:00:00+08:00', part: 'theory', ...facts } }) as const;

describe('RES-1 pass mark and maximum per part', () => {
  it('RES-1 practitioner: 70 of 100 passes, 69 fails', () => {
    const at = (score: number) => verdict(release('2026-12-05T12:00:00+08:00', { score }, 'tencent-practitioner'));
    expect(at(70).reasons.map((r) => r.key)).toContain('reason.result.passed');
    expect(at(70).params.result).toBe('passed');
    expect(at(69.5).params.result).toBe('failed');
    expect(at(69.5).ruleIds).toContain('RES-1');
  });
  it('RES-1 a subject pass mark given with the facts is used; a score above the maximum is an error', () => {
    const v = verdict(release('2026-12-09T00:00:00+08:00', { score: 600, passMark: 700, maxScore: 1000 }));
    expect(v.params.result).toBe('failed');
    expect(ruleError(release('2026-12-09T00:00:00+08:00', { score: 101 }, 'tencent-practitioner')).code).toBe('INCONSISTENT_FACTS');
  });
});

describe('RES-2 release delays: theory 3 days, lab 14, interview 5', () => {
  it('RES-2 theory: released from 00:00 of the exam date + 3 days, not 1 ms before', () => {
    const v = verdict(release('2026-12-08T00:00:00+08:00', {}));
    expectOutcome(v, 'allowed', 'RES-2');
    expect(v.numbers.releaseDate).toEqual({ kind: 'date', date: '2026-12-08' });
    const before = verdict(release(shift('2026-12-08T00:00:00+08:00', -1), {}));
    expectOutcome(before, 'refused', 'RES-2');
    expect(before.messageKey).toBe('verdict.result.notYet');
  });
  it('RES-2 lab 14 days and interview 5 days', () => {
    expect(verdict(release('2026-12-05T12:00:00+08:00', { part: 'lab' })).numbers.releaseDate).toEqual({ kind: 'date', date: '2026-12-19' });
    expect(verdict(release('2026-12-05T12:00:00+08:00', { part: 'interview' })).numbers.releaseDate).toEqual({
      kind: 'date',
      date: '2026-12-10',
    });
  });
  it('RES-2 keeps the 2025 guide value: theory shown 30 minutes after the exam ends', () => {
    const v = verdict(release('2026-12-05T12:00:00+08:00', { examMinutes: 90 }));
    expect(v.numbers.guideShownAt).toMatchObject({ local: '2026-12-05T11:00:00+08:00' });
    expect(v.reminders.map((r) => r.key)).toContain('remind.result.guide');
  });
  it('RES-2 the local exam date counts: a 00:30 exam in Shanghai is on that local date', () => {
    const v = verdict(release('2026-12-09T00:00:00+08:00', { examStart: '2026-12-04T16:30:00Z' }));
    expect(v.numbers.releaseDate).toEqual({ kind: 'date', date: '2026-12-08' });
  });
});

describe('RES-3 legacy free retake', () => {
  const retake = (now: string, facts: Record<string, unknown> = {}, profile = 'tencent-national-exam') =>
    ({
      decision: 'retake',
      profile,
      now,
      facts: { failedAttempt: { start: '2024-05-25T09:00:00+08:00', center: 'SZ-01' }, ...facts },
    }) as const;
  it('RES-3 a failed first attempt earns one free retake within 3 months (inclusive of the last instant)', () => {
    const v = verdict(retake('2024-08-25T09:00:00+08:00'));
    expectOutcome(v, 'allowed', 'RES-3');
    expect(v.numbers.retakeBy).toMatchObject({ local: '2024-08-25T09:00:00+08:00' });
    expectOutcome(verdict(retake(shift('2024-08-25T09:00:00+08:00', 1))), 'refused', 'RES-3');
  });
  it('RES-3 the retake request closes at 00:00 ten days before the retake exam', () => {
    const facts = { retakeStart: '2024-07-27T09:00:00+08:00' };
    expectOutcome(verdict(retake(shift('2024-07-17T00:00:00+08:00', -1), facts)), 'allowed', 'RES-3');
    const v = verdict(retake('2024-07-17T00:00:00+08:00', facts));
    expectOutcome(v, 'refused', 'RES-3');
    expect(v.messageKey).toBe('verdict.retake.requestClosed');
  });
  it('RES-3 the retake exam must be within the 3 months', () => {
    expect(verdict(retake('2024-06-01T10:00:00+08:00', { retakeStart: '2024-08-31T09:00:00+08:00' })).messageKey).toBe('verdict.retake.beyondWindow');
  });
  it('RES-3 only once, only after a first attempt', () => {
    expect(verdict(retake('2024-06-01T10:00:00+08:00', { freeRetakeUsed: true })).messageKey).toBe('verdict.retake.onlyOnce');
    expect(verdict(retake('2024-06-01T10:00:00+08:00', { failedAttempt: { start: '2024-05-25T09:00:00+08:00', attemptNo: 2 } })).messageKey).toBe('verdict.retake.onlyOnce');
  });
  it('RES-3 at an authorized center the retake is at the same center', () => {
    const same = verdict(retake('2024-06-01T10:00:00+08:00', { retakeCenter: 'SZ-01' }, 'tencent-authorized-center'));
    expectOutcome(same, 'allowed', 'RES-3');
    const other = verdict(retake('2024-06-01T10:00:00+08:00', { retakeCenter: 'GZ-02' }, 'tencent-authorized-center'));
    expectOutcome(other, 'refused', 'RES-3');
    expect(other.params).toEqual({ center: 'SZ-01' });
  });
});

describe('RES-4 certificate valid 2 years from the latest passing result', () => {
  const cert = (now: string, results: unknown[], level?: string): DecisionRequest => ({ decision: 'certificate', profile: 'tencent-test-center', now, facts: { results, ...(level ? { level } : {}) } }) as DecisionRequest;
  it('RES-4 released 2024-02-29: valid through 2026-02-28 00:00 (inclusive), expired 1 ms later', () => {
    const results = [{ passed: true, releaseDate: '2024-02-29' }];
    const v = verdict(cert('2026-02-28T00:00:00+08:00', results));
    expectOutcome(v, 'allowed', 'RES-4');
    expect(v.numbers.validUntil).toMatchObject({ local: '2026-02-28T00:00:00+08:00' });
    expectOutcome(verdict(cert(shift('2026-02-28T00:00:00+08:00', 1), results)), 'refused', 'RES-4');
  });
  it('RES-4 the most recent passing result counts; failed ones do not', () => {
    const v = verdict(
      cert('2026-06-01T00:00:00+08:00', [
        { passed: true, releaseDate: '2023-05-01' },
        { passed: true, releasedAt: '2025-05-01T10:00:00+08:00' },
        { passed: false, releaseDate: '2026-01-01' },
      ]),
    );
    expect(v.numbers.validUntil).toMatchObject({ local: '2027-05-01T10:00:00+08:00' });
    expectOutcome(verdict(cert('2026-06-01T00:00:00+08:00', [{ passed: false, releaseDate: '2026-01-01' }])), 'refused', 'RES-4');
  });
});

describe('RES-5 cheating cancels the result', () => {
  it('RES-5 a discipline breach cancels the result', () => {
    const v = verdict(release('2026-12-09T00:00:00+08:00', { disciplineBreach: true }));
    expectOutcome(v, 'refused', 'RES-5');
    expect(v.overridable).toBe(false);
  });
  it('RES-5 a cancelled passing result gives no certificate and no free retake', () => {
    const v = verdict({
      decision: 'certificate',
      profile: 'tencent-test-center',
      now: '2026-06-01T00:00:00+08:00',
      facts: { results: [{ passed: true, releaseDate: '2026-01-01', cancelled: true }] },
    });
    expectOutcome(v, 'refused', 'RES-5');
    const r = verdict({
      decision: 'retake',
      profile: 'tencent-national-exam',
      now: '2024-06-01T00:00:00+08:00',
      facts: { failedAttempt: { start: '2024-05-25T09:00:00+08:00', resultCancelled: true } },
    });
    expectOutcome(r, 'refused', 'RES-5');
  });
});

describe('RES-6 electronic certificates from April 2024', () => {
  const cert = (releaseDate: string) =>
    verdict({
      decision: 'certificate',
      profile: 'tencent-test-center',
      now: '2025-06-01T00:00:00+08:00',
      facts: { results: [{ passed: true, releaseDate }] },
    });
  it('RES-6 released 2024-04-01: electronic; 2024-03-31: paper mailed within 30 days', () => {
    expect(cert('2024-04-01').numbers.format).toEqual({ kind: 'text', value: 'electronic' });
    const paper = cert('2024-03-31');
    expect(paper.numbers.format).toEqual({ kind: 'text', value: 'paper' });
    expect(paper.numbers.paperMailedBy).toEqual({ kind: 'date', date: '2024-04-30' });
    expect(paper.ruleIds).toContain('RES-6');
  });
});
