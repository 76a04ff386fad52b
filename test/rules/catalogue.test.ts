import { describe, expect, it } from 'vitest';
import { ctyunCatalogue, normalizeLevel, sameLevel } from '../../shared/rules/catalogue';
import { decisionRequestSchema } from '../../shared/rules/requests';
import { expectOutcome, shift, verdict } from './helpers';

describe('CAT-1 levels and their old names', () => {
  it('CAT-1 TCA/TCP/TCE are the same levels as TCCA/TCCP/TCCE', () => {
    expect(normalizeLevel('TCP')).toBe('TCCP');
    expect(normalizeLevel(' tca ')).toBe('TCCA');
    expect(normalizeLevel('TCE')).toBe('TCCE');
    expect(normalizeLevel('XYZ')).toBeNull();
    expect(sameLevel('TCP', 'TCCP')).toBe(true);
    expect(sameLevel('TCA', 'TCCP')).toBe(false);
  });
  it('CAT-1 an imported result under the old name TCP keeps a TCCP certificate valid', () => {
    const v = verdict({
      decision: 'certificate',
      profile: 'tencent-test-center',
      now: '2025-06-01T00:00:00+08:00',
      facts: {
        level: 'TCCP',
        results: [
          { level: 'TCP', passed: true, releaseDate: '2024-03-01' },
          { level: 'TCA', passed: true, releaseDate: '2024-09-01' },
        ],
      },
    });
    expectOutcome(v, 'allowed', 'CAT-1');
    expect(v.numbers.validUntil).toMatchObject({ local: '2026-03-01T00:00:00+08:00' });
  });
});

describe('CAT-2 career domains and the CTyun grid', () => {
  it('CAT-2 CTyun: ECA/ECP/ECE x architect/operations/developer plus practitioner and campus engineer', () => {
    const all = ctyunCatalogue();
    expect(all).toHaveLength(11);
    expect(all.filter((c) => c.level === 'ECP').map((c) => c.role)).toEqual(['architect', 'operations', 'developer']);
    expect(all.filter((c) => c.level === null).map((c) => c.role)).toEqual(['practitioner', 'campus-engineer']);
  });
});

describe('CAT-3 exam parts', () => {
  it('CAT-3 a part is theory, lab or interview; anything else is rejected with its path', () => {
    const base = { decision: 'result-release', profile: 'tencent-test-center', now: '2026-12-05T12:00:00+08:00' };
    for (const part of ['theory', 'lab', 'interview']) expect(decisionRequestSchema.safeParse({ ...base, facts: { part, examStart: '2026-12-05T09:00:00+08:00' } }).success).toBe(true);
    const bad = decisionRequestSchema.safeParse({ ...base, facts: { part: 'oral', examStart: '2026-12-05T09:00:00+08:00' } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['facts', 'part']);
    expect(bad.error?.issues[0]?.message).toMatch(/CAT-3/);
  });
});

describe('CAT-4 subject lifecycle', () => {
  const subject = { onSale: '2024-01-01', stopSale: '2026-03-15', stopService: '2026-03-31' };
  const book = (now: string, paidAt: string, start: string) =>
    ({
      decision: 'book',
      profile: 'tencent-test-center',
      now,
      facts: { start, order: { paidAt }, subject },
    }) as const;
  it('CAT-4 an order on the last day before stop-sale may book; an order from the stop-sale date may not', () => {
    expectOutcome(verdict(book('2026-03-20T10:00:00+08:00', '2026-03-14T23:59:59+08:00', '2026-03-31T09:00:00+08:00')), 'allowed');
    const v = verdict(book('2026-03-20T10:00:00+08:00', '2026-03-15T00:00:00+08:00', '2026-03-31T09:00:00+08:00'));
    expectOutcome(v, 'refused', 'CAT-4');
    expect(v.messageKey).toBe('verdict.lifecycle.stopSale');
  });
  it('CAT-4 no exam after the stop-service date (the date itself is the last day)', () => {
    const v = verdict(book('2026-03-20T10:00:00+08:00', '2026-03-01T10:00:00+08:00', '2026-04-01T09:00:00+08:00'));
    expectOutcome(v, 'refused', 'CAT-4');
    expect(v.messageKey).toBe('verdict.lifecycle.stopService');
  });
  it('CAT-4 after stop-service, unused attempts are refundable beyond the 5-day window', () => {
    const refund = (now: string) =>
      verdict({
        decision: 'refund-exam',
        profile: 'tencent-test-center',
        profileVersion: 1,
        now,
        facts: {
          order: { paidAt: '2025-04-01T10:00:00+08:00', payments: [{ method: 'cash', fen: 80000 }] },
          hasAppointment: false,
          subject: { stopService: '2025-06-30' },
        },
      });
    expectOutcome(refund('2025-07-01T00:00:00+08:00'), 'allowed', 'CAT-4');
    expect(refund('2025-07-01T00:00:00+08:00').numbers.refundFen).toEqual({ kind: 'fen', fen: 80000 });
    expectOutcome(refund(shift('2025-07-01T00:00:00+08:00', -1)), 'refused', 'PAY-1');
  });
});
