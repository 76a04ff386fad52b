/**
 * Stable reason codes for a document number that does not validate. The UI shows
 * `identity:error.<CODE>` (shared/i18n/identity.ts); never show the code itself.
 */
export const DOCUMENT_ERROR_CODES = [
  /** Nothing left after removing spaces and control characters. */
  'EMPTY',
  /** Wrong number of characters for this document type. */
  'LENGTH',
  /** A character that can never appear in this document type (position = first such index). */
  'CHARS',
  /** Allowed characters in the wrong place, e.g. a HK/Macau permit not starting with H or M. */
  'FORMAT',
  /** A 15-digit first-generation ID number: those cards stopped being valid on 2013-01-01. */
  'FIRST_GENERATION',
  /** The first two digits of a mainland ID are not a province-level region code. */
  'REGION',
  /** Digits 7–14 of a mainland ID are not a real date, are before 1900 or after today. */
  'BIRTH_DATE',
  /** The GB 11643 / ISO 7064 MOD 11-2 check character does not verify (DAY-5). */
  'CHECK_DIGIT',
  /** Defensive: a document type this module does not know (bad data from outside). */
  'UNKNOWN_TYPE',
] as const;

export type DocumentErrorCode = (typeof DOCUMENT_ERROR_CODES)[number];

/** The codes `validateCnId` can return. */
export type IdErrorCode = Exclude<DocumentErrorCode, 'FORMAT' | 'UNKNOWN_TYPE'>;

export interface DocumentError<C extends DocumentErrorCode = DocumentErrorCode> {
  ok: false;
  code: C;
  /** 0-based index into `compactDocumentInput(raw)` of the offending part, when there is one. */
  position?: number;
}
