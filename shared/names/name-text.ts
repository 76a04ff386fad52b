/**
 * Text normalisation of personal names before any comparison (DAY-4).
 */
import { cleanScannerInput } from '../identity/scanner-input';

const HAN = /\p{Script=Han}/u;

/** True when `s` contains at least one Chinese character (CJK ideograph, incl. 〇). */
export function hasHan(s: string): boolean {
  return HAN.test(s) || s.includes('〇');
}

/**
 * Middle-dot look-alikes used between the parts of minority and transliterated names
 * (阿依古丽·买买提): U+00B7 ·, U+2022 •, U+2027 ‧, U+2219 ∙, U+22C5 ⋅, U+30FB ・, U+FF65 ･,
 * U+318D ㆍ, U+16EB ᛫. After NFKC they all become U+00B7.
 */
const DOTS = /[\u00b7\u2022\u2027\u2219\u22c5\u30fb\uff65\u318d\u16eb]/g;
export const NAME_DOT = '\u00b7';

/**
 * Cleaned, NFKC-folded (full-width Latin and spaces become ASCII), middle dots unified, runs of
 * white space collapsed; in a name with Chinese characters an ASCII '.' between parts also counts
 * as the middle dot and white space around dots or Chinese characters is removed.
 * Case is kept (see `exactNameKey`).
 */
export function normalizeNameText(name: string): string {
  let s = cleanScannerInput(name).normalize('NFKC').replace(DOTS, NAME_DOT);
  if (hasHan(s)) {
    s = s.replace(/\./g, NAME_DOT);
    s = s.replace(/\s*\u00b7\s*/g, NAME_DOT);
    s = s.replace(/\s+(?=[\p{Script=Han}〇])|(?<=[\p{Script=Han}〇])\s+/gu, '');
  }
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * The key under which two written names are the same name (DAY-4 'exact'): the normalised text,
 * Latin letters lower-cased; for a name with Chinese characters also without the middle dots,
 * because registration forms that cannot type '·' drop it (阿依古丽买买提 = 阿依古丽·买买提).
 */
export function exactNameKey(name: string): string {
  const s = normalizeNameText(name).toLowerCase();
  return hasHan(s) ? s.replace(/[\u00b7\s]/g, '') : s;
}
