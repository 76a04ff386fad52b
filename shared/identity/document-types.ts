/**
 * Identity documents the desk can record. DAY-3: China test centers accept only the first three
 * (mainland resident ID, Hong Kong/Macau permit, Taiwan permit); the English profile accepts any
 * unexpired government photo ID (passport, national ID card, driving licence). Which types a
 * profile accepts is the rule engine's decision; this module only checks the number's format.
 */
export const DOCUMENT_TYPES = ['CN_ID', 'HK_MO_PERMIT', 'TW_PERMIT', 'PASSPORT', 'NATIONAL_ID', 'DRIVING_LICENCE'] as const;

export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export function isDocumentType(value: unknown): value is DocumentType {
  return typeof value === 'string' && (DOCUMENT_TYPES as readonly string[]).includes(value);
}
