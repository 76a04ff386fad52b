/**
 * Input from a barcode/MRZ scanner or a hurried keyboard carries noise: a trailing CR/LF or TAB
 * (the scanner's "enter"), stray control bytes, zero-width characters pasted from a chat app,
 * full-width digits typed with a Chinese IME, runs of spaces.
 */

/** C0 (U+0000–U+001F), DEL (U+007F) and C1 (U+0080–U+009F) control characters. */
// eslint-disable-next-line no-control-regex
const WHITESPACE_CONTROLS = /[\t\n\v\f\r\u001c-\u001f\u0085]/g;
// eslint-disable-next-line no-control-regex
const OTHER_CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
/** Zero-width space/joiners, word joiner, byte order mark: invisible, never part of a number. */
const INVISIBLES = /[\u200b-\u200d\u2060\ufeff]/g;
/** Any run of Unicode white space (incl. NBSP and the ideographic space U+3000). */
const SPACES = /\s+/gu;

/**
 * Removes C0/C1 control characters and invisible zero-width characters, trims, and collapses
 * every run of white space into one ASCII space. Control characters that act as separators
 * (TAB, LF, CR, VT, FF, FS..US, NEL) become a space first, so "ZHANG\tWEI" keeps two words.
 */
export function cleanScannerInput(raw: string): string {
  return raw.replace(WHITESPACE_CONTROLS, ' ').replace(OTHER_CONTROLS, '').replace(INVISIBLES, '').replace(SPACES, ' ').trim();
}

/**
 * The form every document validator works on: cleaned, NFKC-folded (full-width "１１０１" and
 * "Ｈ" become ASCII), all spaces removed, upper case. Error positions are indexes into this string.
 */
export function compactDocumentInput(raw: string): string {
  return cleanScannerInput(raw).normalize('NFKC').replace(SPACES, '').toUpperCase();
}
