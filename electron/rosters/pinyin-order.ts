import { stripTones, toPinyin } from '../../shared/names/pinyin';

/**
 * Door-list order (#18.8): pinyin syllable by syllable, surname first, as a Chinese dictionary
 * orders words, never letters run together. So 李刚 (li gang) comes before 梁 (liang): the first
 * syllables differ ("li" < "liang", a syllable before every longer one it begins), and only then
 * the next syllable counts.
 *
 * ü follows the Xinhua Zidian convention: it sorts as u, and on a tie after u. So the syllables
 * run lu < lü < luan < lüe < lun < luo, and 吕强 (Lü Qiang) comes right after every "Lu …" and
 * before "Luan …", "Luo …" (letters run together put it after "Luo", since ü is not a plain letter).
 */
/**
 * A Chinese name is read from its characters (its syllables are known even where the roster's
 * pinyin runs the given name together: "Li Xiaoming"); a Latin name's words are its "syllables"
 * (a "v" stays a v: Victor is not ü).
 */
export function pinyinSyllables(name: string, pinyin: string | null): string[] {
  if (/\p{Script=Han}/u.test(name)) {
    const read = toPinyin(name).full;
    if (read !== '') return read.split(' ');
  }
  return stripTones((pinyin ?? name).toLowerCase())
    .replace(/u:/g, 'ü')
    .split(/[\s\-‐‑–—'’.,·]+/)
    .filter((s) => s !== '');
}

function compareSyllable(a: string, b: string): number {
  const fa = a.replace(/ü/g, 'u');
  const fb = b.replace(/ü/g, 'u');
  if (fa !== fb) return fa < fb ? -1 : 1;
  // Same letters once ü is read as u: u before ü (lu < lü).
  return a === b ? 0 : a < b ? -1 : 1;
}

/** Compares two syllable lists: the first differing syllable decides; a shorter list that is a prefix comes first. */
export function compareSyllables(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareSyllable(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}
