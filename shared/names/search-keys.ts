/**
 * Index columns for finding a candidate by what a proctor types: 张伟 is found by 'zw'
 * (initials), 'zhangwei' or 'zhang wei' (pinyin, prefix search on pinyinCompact).
 * Queries are classified and keyed by classifyQuery / lookupKey (query-kind.ts).
 */
import { hasHan } from './name-text';
import { normalizePinyin } from './pinyin';
import { readingCombinations, readName } from './readings';
import { foldPinyinForSearch } from './search-fold';

export { classifyQuery, lookupKey, QUERY_KINDS, type LookupKey, type QueryKind } from './query-kind';
export { foldPinyinForSearch } from './search-fold';

export interface SearchKeys {
  /** foldPinyinForSearch of the Mandarin reading (or of the Latin name): 'zhangwei', 'wanglu'. */
  pinyinCompact: string;
  /** First letter of each character's reading ('zw', 'oyzh'), or of each Latin word ('zg'). */
  initials: string;
}

/**
 * The search columns of a candidate. For a name in Chinese characters both columns follow the
 * Mandarin reading: the roster's pinyin when it is a reading of the characters (it settles
 * polyphonic characters: 徐乐 Xu Yue), otherwise the contextual reading (a Cantonese spelling such
 * as "Cheung Wai" for 张伟 is not indexed). For a Latin name: the roster pinyin if any, else the name.
 */
export function searchKeys(name: string, pinyin?: string): SearchKeys {
  const given = pinyin !== undefined && normalizePinyin(pinyin) !== '' ? pinyin : undefined;
  const units = readName(name)
    .segments.flat()
    .filter((u) => u.primary !== '');
  let syllables = units.map((u) => u.primary);

  if (hasHan(name)) {
    if (given !== undefined) {
      const target = normalizePinyin(given);
      const found = readingCombinations(units).find((c) => normalizePinyin(c.join('')) === target);
      if (found) syllables = found;
    }
  } else if (given !== undefined) {
    syllables = given.split(/[\s,<·]+/).filter((w) => w !== '');
  }

  return {
    pinyinCompact: foldPinyinForSearch(syllables.join(' ')),
    initials: syllables
      .map((s) => normalizePinyin(s)[0] ?? '')
      .join('')
      .replace(/[^a-z0-9]/g, ''),
  };
}
