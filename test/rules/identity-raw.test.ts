import { describe, expect, it } from 'vitest';
import { decide } from '../../electron/rules/engine';
import { cnIdCheckDigit } from '../../shared/identity/cn-id';
import type { DecisionRequest } from '../../shared/rules/requests';
import type { Verdict } from '../../shared/rules/verdict';
import { env } from './helpers';

const first17 = '11010519491231002';
const goodId = first17 + cnIdCheckDigit(first17);
const badId = first17 + (cnIdCheckDigit(first17) === '0' ? '1' : '0');

const raw = (over: Record<string, unknown> = {}) => ({
  documentType: 'CN_ID',
  documentNumber: goodId,
  expiryDate: null,
  longTerm: true,
  originalPresented: true,
  nameOnDocument: 'ZHANG WEI',
  registered: { name: '张伟' },
  photoMatches: true,
  staffCheck: 'passed',
  ...over,
});

const ask = (r: unknown) => decide(r as DecisionRequest, env);
const verdict = (r: unknown): Verdict => {
  const out = ask(r);
  if ('error' in out) throw new Error(JSON.stringify(out.error));
  return out;
};
const idDoc = (facts: Record<string, unknown>) => ({
  decision: 'identity-document',
  profile: 'tencent-test-center',
  now: '2026-12-05T08:00:00+08:00',
  facts,
});

describe('identity-document from raw facts (DAY-3, DAY-4, DAY-5) with the desk’s own code', () => {
  it('DAY-4 DAY-5 computes the check digit and the pinyin name match from the number and the names', () => {
    const v = verdict(idDoc(raw()));
    expect(v.outcome).toBe('allowed');
    expect(v.numbers.nameMatch).toEqual({ kind: 'text', value: 'pinyin' });
    expect(v.reasons.map((r) => r.key)).toContain('reason.identity.pinyinMatch');
  });
  it('DAY-5 a wrong check character in the raw number is refused', () => {
    const v = verdict(idDoc(raw({ documentNumber: badId })));
    expect(v.outcome).toBe('refused');
    expect(v.messageKey).toBe('verdict.identity.checkDigit');
  });
  it('DAY-4 a different name on the document is a mismatch (homophone 章伟 vs 张伟)', () => {
    expect(verdict(idDoc(raw({ nameOnDocument: '章伟' }))).messageKey).toBe('verdict.identity.mismatch');
    expect(verdict(idDoc(raw({ nameOnDocument: 'WEI ZHANG', registered: { name: '张伟', pinyin: 'Zhang Wei' } }))).outcome).toBe('allowed');
  });
  it('pre-evaluated values still work; a pre-evaluated value that contradicts the raw facts is INCONSISTENT_FACTS', () => {
    const pre = { documentType: 'CN_ID', expiryDate: '2030-01-01', originalPresented: true, nameMatch: 'exact', checkDigitValid: true, photoMatches: true, staffCheck: 'passed' };
    expect(verdict(idDoc(pre)).outcome).toBe('allowed');
    const out = ask(idDoc(raw({ checkDigitValid: false })));
    expect(out).toMatchObject({ error: { code: 'INCONSISTENT_FACTS', path: 'facts.checkDigitValid' } });
    expect(ask(idDoc(raw({ nameMatch: 'exact' })))).toMatchObject({ error: { code: 'INCONSISTENT_FACTS', path: 'facts.nameMatch' } });
  });
  it('a number that is no mainland ID at all is a VALIDATION error naming the field', () => {
    expect(ask(idDoc(raw({ documentNumber: '123' })))).toMatchObject({ error: { code: 'VALIDATION', path: 'facts.documentNumber' } });
  });
});

describe('check-in: admission and identity in one decision', () => {
  const checkIn = (now: string, identity: Record<string, unknown>) => ({
    decision: 'check-in',
    profile: 'tencent-test-center',
    now,
    facts: { start: '2026-12-05T09:00:00+08:00', appointmentState: 'booked', order: { paidAt: '2026-11-01T10:00:00+08:00' }, identity },
  });
  it('DAY-1 DAY-3 DAY-4 DAY-5 admits an on-time candidate with an accepted document, naming both parts’ rules', () => {
    const v = verdict(checkIn('2026-12-05T08:10:00+08:00', raw()));
    expect(v.outcome).toBe('allowed');
    expect(v.messageKey).toBe('verdict.checkIn.admitted');
    for (const id of ['ORD-1', 'DAY-1', 'DAY-3', 'DAY-4', 'DAY-5']) expect(v.ruleIds).toContain(id);
  });
  it('DAY-1 a late arrival is refused before the document is looked at', () => {
    const v = verdict(checkIn('2026-12-05T08:45:00+08:00', raw()));
    expect(v.messageKey).toBe('verdict.admission.late');
    expect(v.ruleIds).not.toContain('DAY-4');
  });
  it('DAY-3 an on-time candidate with a blank, not long-term expiry is refused', () => {
    const v = verdict(checkIn('2026-12-05T08:10:00+08:00', raw({ longTerm: false })));
    expect(v.messageKey).toBe('verdict.identity.noExpiry');
  });
  it('errors in the identity facts name their path under facts.identity', () => {
    expect(ask(checkIn('2026-12-05T08:10:00+08:00', raw({ documentNumber: '123' })))).toMatchObject({ error: { path: 'facts.identity.documentNumber' } });
  });
});
