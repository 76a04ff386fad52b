import { describe, expect, it } from 'vitest';
import { subjectReport } from '../../shared/rules/report';
import { expectOutcome, shift, verdict } from './helpers';

describe('REP-1 per-subject report', () => {
  it('REP-1 counts registered, attended, passed and the pass rate per subject', () => {
    const rows = [
      { subject: 'TCCA-CLOUD', attended: true, passed: true },
      { subject: 'TCCA-CLOUD', attended: true, passed: false },
      { subject: 'TCCA-CLOUD', attended: false, passed: false },
      { subject: 'ECA-DEV', attended: true, passed: true },
      { subject: 'ECA-DEV', attended: false, passed: true }, // inconsistent row: not attended, not counted as passed
      { subject: 'TCCP-ARCH', attended: false, passed: false },
    ];
    expect(subjectReport(rows)).toEqual([
      { subject: 'ECA-DEV', registered: 2, attended: 1, passed: 1, passRate: 100 },
      { subject: 'TCCA-CLOUD', registered: 3, attended: 2, passed: 1, passRate: 50 },
      { subject: 'TCCP-ARCH', registered: 1, attended: 0, passed: 0, passRate: null },
    ]);
  });
});

describe('REP-2 notices', () => {
  it('REP-2 confirmation within 1 working day, ticket 5 to 3 days before, results within 7 working days', () => {
    const v = verdict({
      decision: 'notices',
      profile: 'tencent-national-exam',
      now: '2024-09-27T10:00:00+08:00',
      facts: { registeredAt: '2024-09-27T10:00:00+08:00', examStart: '2024-10-26T09:00:00+08:00' },
    });
    expectOutcome(v, 'allowed', 'REP-2');
    // Registered Friday 2024-09-27; Sunday 2024-09-29 is a make-up working day.
    expect(v.numbers.confirmationBy).toMatchObject({ local: '2024-09-30T00:00:00+08:00' });
    expect(v.numbers.ticketFrom).toEqual({ kind: 'date', date: '2024-10-21' });
    expect(v.numbers.ticketBy).toEqual({ kind: 'date', date: '2024-10-23' });
    // The 7th working day after Saturday 2024-10-26 is Tuesday 2024-11-05: results by its end.
    expect(v.numbers.resultsBy).toMatchObject({ local: '2024-11-06T00:00:00+08:00' });
  });
});

describe('REP-3 face and ID image retention', () => {
  const retention = (now: string) => verdict({ decision: 'image-retention', profile: 'tencent-test-center', now, facts: { certificationEndsOn: '2026-12-19' } });
  it('REP-3 images may be kept through the end date and must be purged from the next 00:00', () => {
    expectOutcome(retention(shift('2026-12-20T00:00:00+08:00', -1)), 'allowed', 'REP-3');
    const v = retention('2026-12-20T00:00:00+08:00');
    expectOutcome(v, 'refused', 'REP-3');
    expect(v.numbers.purgeDueAt).toMatchObject({ local: '2026-12-20T00:00:00+08:00' });
  });
});
