import { describe, expect, it } from 'vitest';
import type { DecisionRequest } from '../../shared/rules/requests';
import { env, expectOutcome, ruleError, verdict } from './helpers';

const now = '2026-12-01T10:00:00+08:00';
const ask = (r: unknown) => verdict(r as DecisionRequest, env);

describe('CAT-1 level-name: an old level name and its current name', () => {
  it('CAT-1 TCA, tcp and TCE are the old names of TCCA, TCCP and TCCE', () => {
    for (const [old, current] of [
      ['TCA', 'TCCA'],
      ['tcp', 'TCCP'],
      [' TCE ', 'TCCE'],
    ] as const) {
      const v = ask({ decision: 'level-name', profile: 'tencent-test-center', now, facts: { level: old } });
      expectOutcome(v, 'allowed', 'CAT-1');
      expect(v.numbers.current).toEqual({ kind: 'text', value: current });
      expect(v.numbers.renamedDate).toEqual({ kind: 'date', date: '2024-05-14' });
    }
  });
  it('CAT-1 a current name is itself; an unknown one is refused; CTyun has no such levels', () => {
    expect(ask({ decision: 'level-name', profile: 'tencent-test-center', now, facts: { level: 'TCCP' } }).numbers.current).toEqual({ kind: 'text', value: 'TCCP' });
    expectOutcome(ask({ decision: 'level-name', profile: 'tencent-test-center', now, facts: { level: 'TCX' } }), 'refused', 'CAT-1');
    expect(ruleError({ decision: 'level-name', profile: 'ctyun', now, facts: { level: 'TCA' } } as DecisionRequest).code).toBe('NOT_APPLICABLE');
  });
});

describe('CAT-2 catalogue: the certifications per sponsor and grid', () => {
  it('CAT-2 Tencent: 3 levels x 4 domains + specialty + practitioner; CTyun: 3 x 3 grid + practitioner + campus engineer', () => {
    const t = ask({ decision: 'catalogue', profile: 'tencent-test-center', now, facts: {} });
    expectOutcome(t, 'allowed', 'CAT-2');
    expect(t.numbers.count).toEqual({ kind: 'count', value: 14 });
    expect(t.numbers.certifications).toMatchObject({ value: expect.stringContaining('TCCE ai') });
    const c = ask({ decision: 'catalogue', profile: 'ctyun', now, facts: {} });
    expect(c.numbers.count).toEqual({ kind: 'count', value: 11 });
    expect(c.numbers.certifications).toMatchObject({ value: expect.stringContaining('ECP operations; ') });
  });
});

describe('BOOK-7 first-available-date given the sessions on offer', () => {
  const sessions = [
    { start: '2026-12-12T09:00:00+08:00', center: 'SZ01', seatsFree: 0 },
    { start: '2026-12-10T13:30:00+08:00', center: 'GZ02', seatsFree: 5 },
    { start: '2026-12-19T09:00:00+08:00', center: 'SZ01', seatsFree: 2 },
    { start: '2026-12-15T09:00:00+08:00', center: 'SZ01', seatsFree: 1 },
    { start: '2026-12-04T09:00:00+08:00', center: 'SZ01', seatsFree: 9 },
  ];
  const first = (s: typeof sessions) => ask({ decision: 'first-available-date', profile: 'tencent-test-center', now, facts: { cancelledStart: '2026-12-05T09:00:00+08:00', center: 'SZ01', sessions: s } });
  it('BOOK-7 the earliest later session at the same center with a free seat (full and other-center sessions skipped)', () => {
    const v = first(sessions);
    expectOutcome(v, 'allowed', 'BOOK-7');
    expect(v.numbers.firstAvailableDate).toEqual({ kind: 'date', date: '2026-12-15' });
  });
  it('BOOK-7 no such session: refused, saying none is on offer yet; profiles without BOOK-7 are not applicable', () => {
    expectOutcome(first(sessions.slice(0, 2)), 'refused', 'BOOK-7');
    expect(ruleError({ decision: 'first-available-date', profile: 'ctyun', now, facts: { cancelledStart: '2026-12-05T09:00:00+08:00', sessions } } as DecisionRequest).code).toBe('NOT_APPLICABLE');
  });
});

describe('PAY-3 with a platform fault a manager has established', () => {
  const refund = (platformFault: unknown) =>
    ask({
      decision: 'refund-exam',
      profile: 'tencent-practitioner',
      now,
      facts: { order: { paidAt: '2026-11-20T10:00:00+08:00', payments: [{ method: 'card', fen: 30000 }] }, hasAppointment: false, platformFault },
    });
  it('PAY-3 claimed (true or "claimed") needs a manager; "established" is refunded in full; none is refused', () => {
    expect(refund(true).outcome).toBe('needs-override');
    expect(refund('claimed').outcome).toBe('needs-override');
    const v = refund('established');
    expectOutcome(v, 'allowed', 'PAY-3');
    expect(v.numbers.refundFen).toEqual({ kind: 'fen', fen: 30000 });
    expect(refund(false).outcome).toBe('refused');
  });
});
