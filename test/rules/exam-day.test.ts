import { describe, expect, it } from 'vitest';
import { expectOutcome, ruleError, shift, verdict } from './helpers';

const START = '2026-12-05T09:00:00+08:00';
const admission = (now: string, facts: Record<string, unknown> = {}, profile = 'tencent-test-center') =>
  ({
    decision: 'admission',
    profile,
    now,
    facts: { start: START, appointmentState: 'booked', order: { paidAt: '2026-10-01T10:00:00+08:00' }, ...facts },
  }) as const;

describe('DAY-1 test-center arrival at least 30 minutes before', () => {
  it('DAY-1 admits an arrival at exactly start - 30 min', () => {
    const v = verdict(admission('2026-12-05T08:30:00+08:00'));
    expectOutcome(v, 'allowed', 'DAY-1');
    expect(v.numbers.latestArrival).toMatchObject({ utc: '2026-12-05T00:30:00.000Z', local: '2026-12-05T08:30:00+08:00' });
  });
  it('DAY-1 refuses an arrival 1 ms after start - 30 min, with DAY-6 fee forfeited, not overridable', () => {
    const v = verdict(admission(shift('2026-12-05T08:30:00+08:00', 1)));
    expectOutcome(v, 'refused', 'DAY-1');
    expect(v.ruleIds).toContain('DAY-6');
    expect(v.overridable).toBe(false);
    expect(v.messageKey).toBe('verdict.admission.late');
  });
  it('DAY-1 refuses a check-in on another day than the exam day', () => {
    expect(verdict(admission('2026-12-04T09:00:00+08:00')).messageKey).toBe('verdict.admission.notExamDay');
  });
  it('DAY-1 applies to CTyun at the center too (profile parameter)', () => {
    expectOutcome(verdict(admission('2026-12-05T08:30:00+08:00', { order: undefined }, 'ctyun')), 'allowed', 'DAY-1');
  });
});

describe('DAY-2 legacy entry window 30 minutes either side of the start', () => {
  const legacyStart = '2024-05-25T09:00:00+08:00';
  const legacy = (now: string) =>
    ({
      decision: 'admission',
      profile: 'tencent-national-exam',
      now,
      facts: { start: legacyStart, appointmentState: 'booked' },
    }) as const;
  it('DAY-2 admits at exactly start - 30 min and not 1 ms before', () => {
    expectOutcome(verdict(legacy('2024-05-25T08:30:00+08:00')), 'allowed', 'DAY-2');
    const v = verdict(legacy(shift('2024-05-25T08:30:00+08:00', -1)));
    expectOutcome(v, 'refused', 'DAY-2');
    expect(v.messageKey).toBe('verdict.admission.entryNotOpen');
  });
  it('DAY-2 admits 1 ms before start + 30 min and refuses at exactly start + 30 min (absent = failed)', () => {
    expectOutcome(verdict(legacy(shift('2024-05-25T09:30:00+08:00', -1))), 'allowed', 'DAY-2');
    const v = verdict(legacy('2024-05-25T09:30:00+08:00'));
    expectOutcome(v, 'refused', 'DAY-2');
    expect(v.messageKey).toBe('verdict.admission.entryClosed');
  });
});

const doc = (facts: Record<string, unknown>, now = '2026-12-05T08:00:00+08:00') =>
  ({
    decision: 'identity-document',
    profile: 'tencent-test-center',
    now,
    facts: {
      documentType: 'CN_ID',
      expiryDate: '2030-01-01',
      originalPresented: true,
      nameMatch: 'exact',
      checkDigitValid: true,
      photoMatches: true,
      staffCheck: 'passed',
      ...facts,
    },
  }) as const;

describe('DAY-3 accepted documents: original, unexpired', () => {
  it('DAY-3 accepts a mainland ID, HK/Macau permit and Taiwan permit at China centers', () => {
    expectOutcome(verdict(doc({})), 'allowed', 'DAY-3');
    expectOutcome(verdict(doc({ documentType: 'HK_MO_PERMIT' })), 'allowed', 'DAY-3');
    expectOutcome(verdict(doc({ documentType: 'TW_PERMIT' })), 'allowed', 'DAY-3');
  });
  it('DAY-3 refuses a passport at a China center, with DAY-6 no entry, no refund', () => {
    const v = verdict(doc({ documentType: 'PASSPORT' }));
    expectOutcome(v, 'refused', 'DAY-3');
    expect(v.ruleIds).toContain('DAY-6');
    expect(v.overridable).toBe(false);
  });
  it('DAY-3 the English profile accepts a passport or driving licence (international list)', () => {
    expectOutcome(verdict(doc({ documentType: 'PASSPORT', centerRegion: 'international' })), 'allowed', 'DAY-3');
    expectOutcome(verdict(doc({ documentType: 'DRIVING_LICENCE', centerRegion: 'international' })), 'allowed', 'DAY-3');
    expectOutcome(verdict(doc({ documentType: 'OTHER', centerRegion: 'international' })), 'refused', 'DAY-3');
  });
  it('DAY-3 refuses a copy', () => {
    expect(verdict(doc({ originalPresented: false })).messageKey).toBe('verdict.identity.notOriginal');
  });
  it('DAY-3 a document is valid through the whole of its expiry date (23:59:59.999) and expired at 00:00 the next day', () => {
    expectOutcome(verdict(doc({ expiryDate: '2026-12-05' }, '2026-12-05T23:59:59.999+08:00')), 'allowed', 'DAY-3');
    const v = verdict(doc({ expiryDate: '2026-12-05' }, '2026-12-06T00:00:00+08:00'));
    expectOutcome(v, 'refused', 'DAY-3');
    expect(v.messageKey).toBe('verdict.identity.expired');
  });
  it('DAY-3 expiry is read in the center zone, not UTC', () => {
    // 2026-12-05T16:30Z is already 12-06 00:30 in Shanghai.
    expectOutcome(verdict(doc({ expiryDate: '2026-12-05' }, '2026-12-05T16:30:00Z')), 'refused', 'DAY-3');
  });
  it('DAY-3 a long-term document (长期, no expiry date) is accepted', () => {
    const v = verdict(doc({ expiryDate: null, longTerm: true }));
    expectOutcome(v, 'allowed', 'DAY-3');
    expect(v.reasons.map((r) => r.key)).toContain('reason.identity.longTerm');
  });
  it('DAY-3 a blank expiry not marked long-term is refused (DAY-6 no entry)', () => {
    const v = verdict(doc({ expiryDate: null }));
    expectOutcome(v, 'refused', 'DAY-3');
    expect(v.messageKey).toBe('verdict.identity.noExpiry');
    expect(v.ruleIds).toContain('DAY-6');
  });
});

describe('DAY-4 name equals the registered name or its pinyin', () => {
  it('DAY-4 accepts an exact name and a pinyin spelling', () => {
    expect(verdict(doc({})).reasons.map((r) => r.key)).toContain('reason.identity.exactMatch');
    const v = verdict(doc({ nameMatch: 'pinyin', documentType: 'PASSPORT', centerRegion: 'international' }));
    expectOutcome(v, 'allowed', 'DAY-4');
    expect(v.reasons.map((r) => r.key)).toContain('reason.identity.pinyinMatch');
  });
  it('DAY-4 a mismatch is refused and DAY-6 cancels the eligibility without refund', () => {
    const v = verdict(doc({ nameMatch: 'mismatch' }));
    expectOutcome(v, 'refused', 'DAY-4');
    expect(v.ruleIds).toContain('DAY-6');
    expect(v.overridable).toBe(false);
  });
});

describe('DAY-5 mainland ID: check digit and staff identity check', () => {
  it('DAY-5 refuses a mainland ID whose check digit does not verify', () => {
    expectOutcome(verdict(doc({ checkDigitValid: false })), 'refused', 'DAY-5');
  });
  it('DAY-5 needs the staff check: pending is refused until done, failed cancels (DAY-6)', () => {
    expect(verdict(doc({ staffCheck: 'pending' })).messageKey).toBe('verdict.identity.staffCheckPending');
    const failed = verdict(doc({ staffCheck: 'failed' }));
    expectOutcome(failed, 'refused', 'DAY-5');
    expect(failed.ruleIds).toContain('DAY-6');
  });
  it('DAY-5 facts are required for CN_ID and not read for other documents', () => {
    expect(ruleError(doc({ checkDigitValid: undefined })).path).toBe('facts.checkDigitValid');
    expect(ruleError(doc({ staffCheck: undefined })).path).toBe('facts.staffCheck');
    const a = verdict(doc({ documentType: 'HK_MO_PERMIT', checkDigitValid: false, staffCheck: 'failed' }));
    expectOutcome(a, 'allowed', 'DAY-3');
  });
});

describe('DAY-6 refusals without refund', () => {
  it('DAY-6 a photo mismatch cancels the eligibility', () => {
    const v = verdict(doc({ photoMatches: false }));
    expectOutcome(v, 'refused', 'DAY-6');
    expect(v.messageKey).toBe('verdict.identity.mismatch');
  });
  it('DAY-6 no valid document: no entry, no refund', () => {
    expect(verdict(doc({ documentType: 'OTHER' })).reasons.map((r) => r.key)).toContain('reason.identity.noValidDocument');
  });
});

describe('DAY-7 belongings', () => {
  it('DAY-7 an admitted candidate is reminded that belongings stay outside', () => {
    const v = verdict(admission('2026-12-05T08:00:00+08:00'));
    expect(v.reminders.map((r) => r.ruleId)).toContain('DAY-7');
    expect(v.reminders.map((r) => r.key)).toContain('remind.belongings');
  });
});

describe('DAY-8 one check-in per appointment', () => {
  it('DAY-8 refuses a second scan as a duplicate, naming who and when', () => {
    const v = verdict(admission('2026-12-05T08:10:00+08:00', { existingCheckIn: { at: '2026-12-05T08:01:00+08:00', by: 'proctor-li' } }));
    expectOutcome(v, 'refused', 'DAY-8');
    expect(v.params).toEqual({ at: '2026-12-05 08:01', by: 'proctor-li' });
    expect(v.overridable).toBe(false);
  });
  it('DAY-8 an appointment already completed is not admitted again', () => {
    expectOutcome(verdict(admission('2026-12-05T08:10:00+08:00', { appointmentState: 'completed' })), 'refused', 'DAY-8');
  });
});

describe('admission: appointment state, order, subject lifecycle', () => {
  it('BOOK-1 a cancelled or rescheduled appointment is not admitted', () => {
    expectOutcome(verdict(admission('2026-12-05T08:10:00+08:00', { appointmentState: 'cancelled' })), 'refused', 'BOOK-1');
    expectOutcome(verdict(admission('2026-12-05T08:10:00+08:00', { appointmentState: 'rescheduled' })), 'refused', 'BOOK-1');
  });
  it('ORD-3 an order expired before the arrival is refused; ORD-1 an unpaid one too', () => {
    const expired = verdict(admission('2026-12-05T08:10:00+08:00', { order: { paidAt: '2025-12-05T08:09:00+08:00' } }));
    expectOutcome(expired, 'refused', 'ORD-3');
    const valid = verdict(admission('2026-12-05T08:10:00+08:00', { order: { paidAt: '2025-12-05T08:10:00+08:00' } }));
    expectOutcome(valid, 'allowed', 'DAY-1');
    expectOutcome(verdict(admission('2026-12-05T08:10:00+08:00', { order: {} })), 'refused', 'ORD-1');
    expectOutcome(verdict(admission('2026-12-05T08:10:00+08:00', { order: { paidAt: '2026-10-01T10:00:00+08:00', refunded: true } })), 'refused', 'PAY-1');
  });
  it('CAT-4 no exam after the stop-service date; on it, yes', () => {
    expectOutcome(verdict(admission('2026-12-05T08:10:00+08:00', { subject: { stopService: '2026-12-05' } })), 'allowed', 'DAY-1');
    expectOutcome(verdict(admission('2026-12-05T08:10:00+08:00', { subject: { stopService: '2026-12-04' } })), 'refused', 'CAT-4');
  });
  it('the practitioner exam is online: admission is not applicable', () => {
    expect(ruleError(admission('2026-12-05T08:10:00+08:00', {}, 'tencent-practitioner')).code).toBe('NOT_APPLICABLE');
  });
});
