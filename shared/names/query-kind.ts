/**
 * What kind of lookup a typed or scanned query is, so the check-in search box can search the
 * right column:
 *   'empty'     nothing but spaces;
 *   'name'      contains Chinese characters                          张伟, 阿依古丽·买买提
 *   'last4'     exactly 4 digits, or 3 digits and X                  6510, 987X
 *   'code'      a booking/order/coupon id (BK…, OD…, CP… + digits)   BK2026000001
 *               or another scanned code: 6+ letters and digits with a digit, not a document shape
 *                                                                    HGZPN5T6QR7J
 *   'document'  the shape of an ID, permit or passport number        110101197601076510, M80101731,
 *               (spaces and full-width digits tolerated)             13083713, E07616875
 *   'initials'  2–4 Latin letters (or 2–4 single letters)            zw, oyzh, z w
 *   'pinyin'    Latin letters, possibly with spaces, hyphens,         zhang wei, zhangwei, lü, lu:
 *               apostrophes: at least 5 letters, or several words,
 *               or any ü, 'u:' or tone mark (no initial is ü)
 *   'unknown'   anything else: a single letter, punctuation, letters mixed with symbols.
 * Digits only that are no document shape (an 11-digit phone number) count as 'code'.
 * Note that a 2–4 letter query such as 'wang' is 'initials' by this rule although it is also a
 * pinyin prefix; a search box may try both (lookupKey gives both keys).
 */
import { looksLikeDocumentNumber } from '../identity/patterns';
import { compactDocumentInput } from '../identity/scanner-input';
import { exactNameKey, hasHan, normalizeNameText } from './name-text';
import { stripTones } from './pinyin';
import { foldPinyinForSearch } from './search-fold';

export const QUERY_KINDS = ['empty', 'name', 'last4', 'code', 'document', 'initials', 'pinyin', 'unknown'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

const CODE_PREFIXES = /^(BK|OD|CP)\d{6,}$/;

export function classifyQuery(q: string): QueryKind {
  const text = normalizeNameText(q);
  if (text === '') return 'empty';
  if (hasHan(text)) return 'name';
  const compact = compactDocumentInput(text).replace(/[-‐‑–—]/g, '');
  if (/^\d{3}[\dX]$/.test(compact)) return 'last4';
  if (CODE_PREFIXES.test(compact)) return 'code';
  if (looksLikeDocumentNumber(compact)) return 'document';
  const latin = stripTones(text.toLowerCase()).replace(/u:/g, 'ü');
  if (
    /^[a-zü]+( [a-zü]+)*$/.test(
      latin
        .replace(/[-‐‑–—'’‘]/g, ' ')
        .replace(/ +/g, ' ')
        .trim(),
    )
  ) {
    const words = latin.split(/[\s\-‐‑–—'’‘]+/).filter((w) => w !== '');
    const letters = words.join('').length;
    const allSingle = words.every((w) => w.length === 1);
    const marked = latin.includes('ü') || stripTones(text) !== text;
    if (!marked && (words.length === 1 || allSingle) && letters >= 2 && letters <= 4) return 'initials';
    if (letters >= 2) return 'pinyin';
    return 'unknown';
  }
  if (/^[A-Z0-9]{6,}$/.test(compact) && /\d/.test(compact)) return 'code';
  return 'unknown';
}

export interface LookupKey {
  kind: QueryKind;
  /**
   * The value to look up: 'name' exactNameKey; 'pinyin' foldPinyinForSearch (compare with
   * searchKeys().pinyinCompact); 'initials' lower-case letters (compare with searchKeys().initials);
   * 'last4', 'document', 'code' the compact upper-case text; 'empty'/'unknown' ''.
   */
  key: string;
  /** For 'initials' also the pinyin key, since 'wang' may be either. */
  pinyinKey?: string;
}

export function lookupKey(q: string): LookupKey {
  const kind = classifyQuery(q);
  switch (kind) {
    case 'name':
      return { kind, key: exactNameKey(q) };
    case 'pinyin':
      return { kind, key: foldPinyinForSearch(q) };
    case 'initials': {
      const key = stripTones(normalizeNameText(q).toLowerCase())
        .replace(/[^a-zü]/g, '')
        .replace(/ü/g, 'v');
      return { kind, key, pinyinKey: foldPinyinForSearch(q) };
    }
    case 'last4':
    case 'document':
    case 'code':
      return { kind, key: compactDocumentInput(q).replace(/[-‐‑–—]/g, '') };
    default:
      return { kind, key: '' };
  }
}
