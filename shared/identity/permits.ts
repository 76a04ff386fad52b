/**
 * Format checks for every document type, dispatched by `validateDocument`. What is accepted:
 *
 * HK_MO_PERMIT — 港澳居民来往内地通行证 (回乡证). The number is H (Hong Kong) or M (Macau)
 *   followed by 8 digits: 9 characters, e.g. H12345678. The card also prints a 2-digit issue
 *   count (换证次数) and many systems record it appended: 11 characters, H1234567801. Both are
 *   accepted; `normalized` is the 9-character number (it stays the same when the card is renewed),
 *   `issueCount` the 2 extra digits when given. Older booklet numbers (a letter after H/M) are not
 *   accepted: those booklets expired long ago.
 *
 * TW_PERMIT — 台湾居民来往大陆通行证 (台胞证). Since 2008-09-25 the number is the holder's
 *   8-digit lifetime number (一人一号、终身不变), also on the 2015 card: 12345678. Booklets issued
 *   before carried 10 digits (lifetime number + 2-digit issue count), those issued in Hong Kong and
 *   Macau also a parenthesised issuing-office code: 1234567801(B). All three are accepted;
 *   `normalized` is the 8-digit lifetime number, `issueCount` / `issuingOffice` the extras.
 *
 * PASSPORT — any country: 5 to 17 letters and digits (ICAO 9303 allows up to 9 in the MRZ
 *   field, longer numbers exist on national pages), upper-cased; trailing MRZ fillers '<' dropped.
 *
 * NATIONAL_ID, DRIVING_LICENCE (English profile, any country) — no common format: 4 to 20
 *   letters and digits after removing spaces and hyphens, upper-cased.
 *
 * CN_ID — see cn-id.ts.
 */
import { validateCnId, type Sex, type ValidateOptions } from './cn-id';
import type { DocumentType } from './document-types';
import type { DocumentError, DocumentErrorCode } from './error-codes';
import { compactDocumentInput } from './scanner-input';

export { cleanScannerInput, compactDocumentInput } from './scanner-input';

export interface DocumentOk {
  ok: true;
  type: DocumentType;
  /** The canonical number to store and compare. */
  normalized: string;
  /** CN_ID only. */
  birthDate?: string;
  sex?: Sex;
  region?: string;
  /** HK_MO_PERMIT only: who issued it, from the first letter. */
  issuer?: 'HK' | 'MO';
  /** HK_MO_PERMIT / TW_PERMIT: the 2-digit issue count when it was entered with the number. */
  issueCount?: string;
  /** TW_PERMIT booklets: the parenthesised issuing-office code when it was entered. */
  issuingOffice?: string;
}

export type DocumentResult = DocumentOk | DocumentError;

const fail = (code: DocumentErrorCode, position?: number): DocumentError => (position === undefined ? { ok: false, code } : { ok: false, code, position });

function firstIndex(s: string, bad: RegExp): number {
  for (let i = 0; i < s.length; i++) if (bad.test(s[i]!)) return i;
  return -1;
}

export function validateHkMoPermit(raw: string): DocumentResult {
  const n = compactDocumentInput(raw);
  if (n === '') return fail('EMPTY');
  const badChar = firstIndex(n, /[^A-Z0-9]/);
  if (badChar >= 0) return fail('CHARS', badChar);
  if (n[0] !== 'H' && n[0] !== 'M') return fail('FORMAT', 0);
  const letterAfter = firstIndex(n.slice(1), /[^0-9]/);
  if (letterAfter >= 0) return fail('FORMAT', letterAfter + 1);
  if (n.length !== 9 && n.length !== 11) return fail('LENGTH');
  const ok: DocumentOk = {
    ok: true,
    type: 'HK_MO_PERMIT',
    normalized: n.slice(0, 9),
    issuer: n[0] === 'H' ? 'HK' : 'MO',
  };
  if (n.length === 11) ok.issueCount = n.slice(9);
  return ok;
}

export function validateTwPermit(raw: string): DocumentResult {
  let n = compactDocumentInput(raw);
  if (n === '') return fail('EMPTY');
  let issuingOffice: string | undefined;
  const suffix = /\(([A-Z0-9]{1,2})\)$/.exec(n);
  if (suffix) {
    issuingOffice = suffix[1]!;
    n = n.slice(0, suffix.index);
  }
  const badChar = firstIndex(n, /[^0-9]/);
  // A bracket left over means a malformed issuing-office suffix; anything else cannot be in the number.
  if (badChar >= 0) return fail(/[()]/.test(n[badChar]!) ? 'FORMAT' : 'CHARS', badChar);
  if (n.length !== 8 && n.length !== 10) return fail('LENGTH');
  const ok: DocumentOk = { ok: true, type: 'TW_PERMIT', normalized: n.slice(0, 8) };
  if (n.length === 10) ok.issueCount = n.slice(8);
  if (issuingOffice !== undefined) ok.issuingOffice = issuingOffice;
  return ok;
}

export function validatePassport(raw: string): DocumentResult {
  const n = compactDocumentInput(raw).replace(/<+$/, '');
  if (n === '') return fail('EMPTY');
  const badChar = firstIndex(n, /[^A-Z0-9]/);
  if (badChar >= 0) return fail('CHARS', badChar);
  if (n.length < 5 || n.length > 17) return fail('LENGTH');
  return { ok: true, type: 'PASSPORT', normalized: n };
}

function validateOtherPhotoId(type: 'NATIONAL_ID' | 'DRIVING_LICENCE', raw: string): DocumentResult {
  const n = compactDocumentInput(raw).replace(/[-‐‑–—]/g, '');
  if (n === '') return fail('EMPTY');
  const badChar = firstIndex(n, /[^A-Z0-9]/);
  if (badChar >= 0) return fail('CHARS', badChar);
  if (n.length < 4 || n.length > 20) return fail('LENGTH');
  return { ok: true, type, normalized: n };
}

/**
 * Validates `raw` as a number of document `type`. `opts.today` (the center's local date) is used
 * by CN_ID to refuse a birth date in the future.
 */
export function validateDocument(type: DocumentType, raw: string, opts: ValidateOptions = {}): DocumentResult {
  switch (type) {
    case 'CN_ID': {
      const r = validateCnId(raw, opts);
      if (!r.ok) return r;
      return { ok: true, type, normalized: r.normalized, birthDate: r.birthDate, sex: r.sex, region: r.region };
    }
    case 'HK_MO_PERMIT':
      return validateHkMoPermit(raw);
    case 'TW_PERMIT':
      return validateTwPermit(raw);
    case 'PASSPORT':
      return validatePassport(raw);
    case 'NATIONAL_ID':
    case 'DRIVING_LICENCE':
      return validateOtherPhotoId(type, raw);
    default:
      return fail('UNKNOWN_TYPE');
  }
}
