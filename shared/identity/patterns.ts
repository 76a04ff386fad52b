/**
 * Shapes of document numbers, for telling what a proctor typed or scanned (names/query-kind.ts).
 * Shape only: a number that matches still has to pass validateDocument.
 * Input: `compactDocumentInput(raw)` (upper case, no spaces).
 */
const SHAPES: readonly RegExp[] = [
  /^\d{17}[\dX]$/, // mainland ID, residence permits (18)
  /^\d{15}$/, // first-generation mainland ID (refused, but recognised)
  /^[HM]\d{8}(\d{2})?$/, // HK/Macau permit, 9 or 11
  /^\d{8}(\d{2})?(\([A-Z0-9]{1,2}\))?$/, // Taiwan permit, 8 or 10 (+ office code)
  /^[A-Z]{1,2}\d{6,9}$/, // passports: E12345678, EA1234567, G12345678, and most other countries
  /^\d{9}$/, // passports that are all digits (e.g. the United States)
];

export function looksLikeDocumentNumber(compact: string): boolean {
  return SHAPES.some((re) => re.test(compact));
}
