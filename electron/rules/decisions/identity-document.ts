/**
 * Identity document acceptance: DAY-3, DAY-4, DAY-5, DAY-6. Raw facts (the number, the name on the
 * document, the registered name) are evaluated here with the desk's own code (shared/identity,
 * shared/names); pre-evaluated `checkDigitValid` / `nameMatch` still work and must agree with them.
 */
import { expiryPasses, judgeExpiry } from '../../../shared/identity/expiry';
import { validateDocument } from '../../../shared/identity/permits';
import { matchName, type NameMatch } from '../../../shared/names/match';
import type { FactsOf } from '../../../shared/rules/requests';
import type { IdentityFacts } from '../../../shared/rules/requests-identity';
import type { Verdict } from '../../../shared/rules/verdict';
import { parseInstant } from '../../../shared/time/zoned';
import { RuleFailure, type Ctx, type VerdictBuilder } from '../context';
import type { Decision } from './types';

const inconsistent = (message: string, path: string) => new RuleFailure('INCONSISTENT_FACTS', message, path);

/** GB 11643 (DAY-5) from the number when given, else the caller's value; undefined when neither. */
function checkDigitOf(f: IdentityFacts, ctx: Ctx, path: string): boolean | undefined {
  if (f.documentNumber === undefined || f.documentType !== 'CN_ID') return f.checkDigitValid;
  const r = validateDocument('CN_ID', f.documentNumber, { today: ctx.localDate(ctx.now) });
  if (!r.ok && r.code !== 'CHECK_DIGIT') throw new RuleFailure('VALIDATION', `documentNumber is not a mainland ID number (${r.code})`, `${path}.documentNumber`);
  const valid = r.ok;
  if (f.checkDigitValid !== undefined && f.checkDigitValid !== valid) throw inconsistent(`checkDigitValid is ${f.checkDigitValid} but the number's check digit is ${valid ? '' : 'not '}valid`, `${path}.checkDigitValid`);
  return valid;
}

/** DAY-4 from the names when given, else the caller's value. */
function nameMatchOf(f: IdentityFacts, path: string): NameMatch {
  if (f.nameOnDocument !== undefined || f.registered !== undefined) {
    if (f.nameOnDocument === undefined || f.registered === undefined)
      throw inconsistent('give both nameOnDocument and registered (name, pinyin) to compare names', `${path}.${f.registered ? 'nameOnDocument' : 'registered'}`);
    const computed = matchName(f.registered.pinyin ? { name: f.registered.name, pinyin: f.registered.pinyin } : { name: f.registered.name }, f.nameOnDocument);
    if (f.nameMatch !== undefined && f.nameMatch !== computed) throw inconsistent(`nameMatch is "${f.nameMatch}" but the names compare as "${computed}"`, `${path}.nameMatch`);
    return computed;
  }
  if (f.nameMatch === undefined) throw inconsistent('give nameOnDocument and registered, or a pre-evaluated nameMatch', `${path}.nameMatch`);
  return f.nameMatch;
}

/** Adds the identity rules to `b`; returns the refusal, or null when the document is accepted. */
export function identityRefusal(f: IdentityFacts, ctx: Ctx, b: VerdictBuilder, path = 'facts'): Verdict | null {
  const docs = ctx.need('documents', 'identity document');
  const accepted = f.centerRegion === 'china' ? docs.china : docs.international;
  const type = f.documentType;
  b.uses('DAY-3');
  if (f.expiryDate !== null && f.longTerm) throw inconsistent('a long-term (长期) document has no expiry date: give one or the other', `${path}.longTerm`);
  const checkDigitValid = checkDigitOf(f, ctx, path);
  const nameMatch = nameMatchOf(f, path);
  b.text('nameMatch', nameMatch);

  if (!accepted.includes(type)) {
    b.because('DAY-3', 'reason.identity.notAccepted', { type, accepted: accepted.join(', ') });
    b.because('DAY-6', 'reason.identity.noValidDocument', {});
    return b.refuse('verdict.identity.notAccepted', { type });
  }
  if (docs.originalRequired && !f.originalPresented) {
    b.because('DAY-3', 'reason.identity.notOriginal', {});
    b.because('DAY-6', 'reason.identity.noValidDocument', {});
    return b.refuse('verdict.identity.notOriginal');
  }
  // DAY-3: unexpired through the whole of its expiry date (center time); no date only when 长期.
  const expiry = judgeExpiry({ expiryDate: f.expiryDate, longTerm: f.longTerm }, ctx.localDate(ctx.now));
  if (f.expiryDate !== null) b.date('validThrough', f.expiryDate);
  if (!expiryPasses(expiry)) {
    const key = expiry === 'missing' ? 'noExpiry' : 'expired';
    b.because('DAY-3', `reason.identity.${key}`, { expiry: f.expiryDate ?? '' });
    b.because('DAY-6', 'reason.identity.noValidDocument', {});
    return b.refuse(`verdict.identity.${key}`, { expiry: f.expiryDate ?? '' });
  }
  if (type === 'CN_ID') {
    if (checkDigitValid === undefined) throw inconsistent('checkDigitValid (or documentNumber) is required for CN_ID', `${path}.checkDigitValid`);
    if (!checkDigitValid) {
      b.because('DAY-5', 'reason.identity.checkDigit', {});
      b.because('DAY-6', 'reason.identity.noValidDocument', {});
      return b.refuse('verdict.identity.checkDigit');
    }
  }
  if (nameMatch === 'mismatch') {
    b.because('DAY-4', 'reason.identity.nameMismatch', {});
    b.because('DAY-6', 'reason.identity.mismatchCancels', {});
    return b.refuse('verdict.identity.mismatch');
  }
  if (!f.photoMatches) {
    b.because('DAY-6', 'reason.identity.photoMismatch', {});
    return b.refuse('verdict.identity.mismatch');
  }
  b.uses('DAY-5'); // consulted: does this document need the staff check?
  if (docs.staffCheckFor.includes(type)) {
    if (f.staffCheck === undefined) throw inconsistent(`staffCheck is required for ${type} (DAY-5)`, `${path}.staffCheck`);
    if (f.staffCheck === 'failed') {
      b.because('DAY-5', 'reason.identity.staffCheckFailed', {});
      b.because('DAY-6', 'reason.identity.mismatchCancels', {});
      return b.refuse('verdict.identity.mismatch');
    }
    if (f.staffCheck === 'pending') {
      b.because('DAY-5', 'reason.identity.staffCheckPending', {});
      return b.refuse('verdict.identity.staffCheckPending');
    }
    b.because('DAY-5', 'reason.identity.staffCheckPassed', {});
  }
  b.because('DAY-3', 'reason.identity.accepted', { type });
  if (expiry === 'long-term') b.because('DAY-3', 'reason.identity.longTerm', {});
  b.because('DAY-4', nameMatch === 'pinyin' ? 'reason.identity.pinyinMatch' : 'reason.identity.exactMatch', {});
  return null;
}

function run(f: FactsOf<'identity-document'>, ctx: Ctx): Verdict {
  const b = ctx.builder();
  return identityRefusal(f, ctx, b) ?? b.allow('verdict.identity.accepted', { type: f.documentType });
}

export const identityDocument: Decision<'identity-document'> = {
  name: 'identity-document',
  anchor: (r) => parseInstant(r.now),
  run,
};
