/**
 * Pinyin of personal names (pinyin-pro, surname mode) and the canonical form used to compare
 * Latin spellings.
 */
import { readName } from './readings';

export interface NamePinyin {
  /** Syllables separated by single spaces, lower case, no tones, ü kept: 'wang lü', 'ou yang zi han'. */
  full: string;
  /** First letter of each syllable: 'wl', 'oyzh'. */
  initials: string;
  /** Syllables joined: 'wanglü'. */
  compact: string;
}

/**
 * Pinyin of a name. Chinese characters are read with pinyin-pro in surname mode applied to the
 * head of the name, so 单/曾/仇/解/区/朴/查/尉迟/万俟 at the start read Shan/Zeng/Qiu/Xie/Ou/Piao/
 * Zha/Yuchi/Moqi while the same characters in the given name keep their ordinary reading (徐乐 Xu
 * Le). In dotted names (阿依古丽·买买提) no surname reading is applied. Latin words are kept,
 * lower-cased, as one "syllable" each. A character pinyin-pro cannot read is left out.
 */
export function toPinyin(name: string): NamePinyin {
  const units = readName(name)
    .segments.flat()
    .filter((u) => u.primary !== '');
  const syllables = units.map((u) => u.primary);
  return {
    full: syllables.join(' '),
    initials: syllables.map((s) => s[0] ?? '').join(''),
    compact: syllables.join(''),
  };
}

/** Removes tone marks (ā á ǎ à, ǖ ǘ ǚ ǜ, ê) and keeps the diaeresis of ü. */
export function stripTones(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u0307\u0309-\u036f]/g, '')
    .normalize('NFC');
}

/** Separators that never change a spelling: white space, hyphens, apostrophes, dots, commas, MRZ '<'. */
const SEPARATORS = /[\s\-‐‑–—'’‘`´ʼ.,·<]/g;

/**
 * The canonical form of a Latin (pinyin) spelling, for comparison and search keys. Exactly:
 *  1. control characters dropped, NFKC (full-width letters become ASCII), lower case;
 *  2. tone marks removed (zhāng -> zhang) and tone numbers 1-5 after a letter (zhang1 -> zhang);
 *  3. ü written as 'ü', 'v' or 'u:' becomes 'v' (the output is ASCII: ü is always 'v');
 *  4. 'lyu' becomes 'lv' anywhere, 'nyu' only at the start of a word: the official passport
 *     spelling of ü after l/n is 'yu' (吕 LYU, 女 NYU); no pinyin syllable ends in 'l', but one
 *     can end in 'n' (林雨 'linyu' must stay 'linyu');
 *  5. 'jv', 'qv', 'xv', 'yv' become 'ju', 'qu', 'xu', 'yu' (after j/q/x/y ü is written u);
 *  6. separators removed: white space, hyphens, apostrophes (xi'an), dots, commas, MRZ '<',
 *     and a colon that is not part of 'u:'.
 * Not folded here, because it is ambiguous: 'lu' for 'lü' (卢 is lu). `matchName` accepts that
 * spelling only where the registered name has ü; search keys fold it (search-fold.ts).
 */
export function normalizePinyin(s: string): string {
  const t = stripTones(
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff]/g, ' ')
      .normalize('NFKC')
      .toLowerCase()
      .replace(/u:/g, 'ü'),
  )
    .replace(/ü/g, 'v')
    .replace(/(^|[^a-z])nyu/g, '$1nv')
    .replace(SEPARATORS, '');
  // Removing separators or tone numbers can bring letters together ("lu 3:", "y'v"): repeat the
  // rules until nothing changes, so that normalizePinyin(normalizePinyin(s)) === normalizePinyin(s).
  let prev: string;
  let out = t;
  do {
    prev = out;
    out = out
      .replace(/(?<=[a-z])[1-5]+/g, '')
      .replace(/u:/g, 'v')
      .replace(/:/g, '')
      .replace(/([jqxy])v/g, '$1u')
      .replace(/lyu/g, 'lv')
      .replace(/^nyu/, 'nv');
  } while (out !== prev);
  return out;
}
