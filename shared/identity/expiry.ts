/**
 * DAY-3: a document is valid through the whole of its expiry date (center time). A document with
 * no expiry date is valid only when it is marked long-term (the mainland card's 长期); a blank
 * expiry is not a pass. The rule engine, the identity-check record and the form use this one test.
 */
import { compareDates, type LocalDate } from '../time/dates';

export type ExpiryJudgement = 'valid' | 'long-term' | 'expired' | 'missing';

export interface DocumentExpiry {
  /** Last valid date (center time); null when the document shows none. */
  expiryDate: LocalDate | null;
  /** Marked long-term valid (长期): the only way a document without a date passes. */
  longTerm: boolean;
}

export function judgeExpiry(doc: DocumentExpiry, today: LocalDate): ExpiryJudgement {
  if (doc.expiryDate === null) return doc.longTerm ? 'long-term' : 'missing';
  return compareDates(today, doc.expiryDate) > 0 ? 'expired' : 'valid';
}

export const expiryPasses = (j: ExpiryJudgement): boolean => j === 'valid' || j === 'long-term';
