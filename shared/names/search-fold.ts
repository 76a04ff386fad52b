import { normalizePinyin } from './pinyin';

/**
 * The pinyin key for search only (never for identity): normalizePinyin, then every 'v' (ü)
 * folded to 'u', so 吕 is found by lü, lv, lyu, lu: and lu alike. Lossy on purpose: typing 'lu'
 * also lists 卢; the proctor picks from the list.
 */
export function foldPinyinForSearch(s: string): string {
  return normalizePinyin(s).replace(/v/g, 'u');
}
