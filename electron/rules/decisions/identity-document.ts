/** Identity document acceptance: DAY-3, DAY-4, DAY-5, DAY-6. The checks come pre-evaluated. */
import type { FactsOf } from '../../../shared/rules/requests';
import type { Verdict } from '../../../shared/rules/verdict';
import { compareDates } from '../../../shared/time/dates';
import { parseInstant } from '../../../shared/time/zoned';
import { RuleFailure, type Ctx } from '../context';
import type { Decision } from './types';

function run(f: FactsOf<'identity-document'>, ctx: Ctx): Verdict {
  const docs = ctx.need('documents', 'identity document');
  const b = ctx.builder();
  const accepted = f.centerRegion === 'china' ? docs.china : docs.international;
  const type = f.documentType;

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
  // DAY-3: unexpired through the whole of its expiry date (center time).
  const today = ctx.localDate(ctx.now);
  if (f.expiryDate !== null) {
    b.date('validThrough', f.expiryDate);
    if (compareDates(today, f.expiryDate) > 0) {
      b.because('DAY-3', 'reason.identity.expired', { expiry: f.expiryDate });
      b.because('DAY-6', 'reason.identity.noValidDocument', {});
      return b.refuse('verdict.identity.expired', { expiry: f.expiryDate });
    }
  }
  if (type === 'CN_ID') {
    if (f.checkDigitValid === undefined)
      throw new RuleFailure('INCONSISTENT_FACTS', 'checkDigitValid is required for CN_ID', 'facts.checkDigitValid');
    if (!f.checkDigitValid) {
      b.because('DAY-5', 'reason.identity.checkDigit', {});
      b.because('DAY-6', 'reason.identity.noValidDocument', {});
      return b.refuse('verdict.identity.checkDigit');
    }
  }
  if (f.nameMatch === 'mismatch') {
    b.because('DAY-4', 'reason.identity.nameMismatch', {});
    b.because('DAY-6', 'reason.identity.mismatchCancels', {});
    return b.refuse('verdict.identity.mismatch');
  }
  if (!f.photoMatches) {
    b.because('DAY-6', 'reason.identity.photoMismatch', {});
    return b.refuse('verdict.identity.mismatch');
  }
  if (docs.staffCheckFor.includes(type)) {
    if (f.staffCheck === undefined)
      throw new RuleFailure('INCONSISTENT_FACTS', `staffCheck is required for ${type} (DAY-5)`, 'facts.staffCheck');
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
  b.because('DAY-4', f.nameMatch === 'pinyin' ? 'reason.identity.pinyinMatch' : 'reason.identity.exactMatch', {});
  return b.allow('verdict.identity.accepted', { type });
}

export const identityDocument: Decision<'identity-document'> = {
  name: 'identity-document',
  anchor: (r) => parseInstant(r.now),
  run,
};
