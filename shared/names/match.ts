/**
 * DAY-4: the name on the document must equal the registered name, or its pinyin spelling.
 *
 * 'exact'    the same name once white space, full-width forms and middle dots are normalised
 *            (name-text.ts; Latin letters compared case-insensitively);
 * 'pinyin'   the document carries a Latin spelling that is a spelling of the registered name:
 *            - of the registered pinyin (the roster's name_pinyin) or of the pinyin of the
 *              registered characters, any reading pinyin-pro knows for each character (the
 *              surname reading first: 单 Shan, but a document saying DAN is still a reading of 单);
 *            - surname first or last (WEI ZHANG, ZIHAN OUYANG): the first part moved to the end
 *              or the last part moved to the front (dot-separated parts, Latin words alike);
 *            - with any spacing, hyphens, apostrophes, commas or MRZ '<' and any case;
 *            - with ü written ü, v, u:, yu (LYU, the official passport spelling) or plain u
 *              (LU, common before that rule) — the plain-u form only where the registered name
 *              has ü, since lu is also a syllable of its own (see normalizePinyin).
 * 'mismatch' anything else, including a document name in Chinese characters that differs from
 *            the registered one (homophones such as 张伟 / 章伟 are different people), and a
 *            traditional-character name against a simplified registration (no conversion here).
 */
import { exactNameKey, hasHan, normalizeNameText } from './name-text';
import { normalizePinyin } from './pinyin';
import { readingCombinations, readName, type NameReading } from './readings';
import { surnameLength } from './compound-surnames';

export const NAME_MATCH_KINDS = ['exact', 'pinyin', 'mismatch'] as const;
export type NameMatch = (typeof NAME_MATCH_KINDS)[number];

export interface RegisteredName {
  name: string;
  /** The registered Latin spelling (roster column name_pinyin), if any. */
  pinyin?: string;
}

/**
 * The orders a written name may appear in: as registered, the first part moved to the end
 * (surname last: WEI ZHANG) or the last part moved to the front. For two parts both are the swap.
 */
function orders<T>(segments: readonly T[]): T[][] {
  const out: T[][] = [segments.slice()];
  if (segments.length > 1) {
    out.push([...segments.slice(1), segments[0]!]);
    out.push([segments[segments.length - 1]!, ...segments.slice(0, -1)]);
  }
  return out;
}

/** Spellings of ü after l/n also accepted on a document: lv -> lu; nv -> nu, nyu. */
function uVariants(key: string): string[] {
  let acc = [''];
  for (let i = 0; i < key.length; i++) {
    const c = key[i]!;
    const prev = key[i - 1];
    const alts = c === 'v' && prev === 'l' ? ['v', 'u'] : c === 'v' && prev === 'n' ? ['v', 'u', 'yu'] : [c];
    acc = acc.flatMap((a) => alts.map((x) => a + x));
    if (acc.length > 64) return [key];
  }
  return acc;
}

function addSpellings(into: Set<string>, segmentTexts: readonly string[]): void {
  for (const order of orders(segmentTexts)) {
    for (const v of uVariants(normalizePinyin(order.join('')))) if (v !== '') into.add(v);
  }
}

function spellingsOfReading(into: Set<string>, reading: NameReading): void {
  const units = reading.segments.flat();
  if (units.length === 0) return;
  for (const combo of readingCombinations(units)) {
    let i = 0;
    const texts = reading.segments.map((seg) => seg.map(() => combo[i++]!).join(''));
    addSpellings(into, texts);
  }
}

/** Splits the registered pinyin into surname / given name where the characters allow it. */
function registeredPinyinSegments(registeredName: string, pinyin: string, reading: NameReading): string[] {
  const words = normalizeNameText(pinyin)
    .split(/[\s,<·]+/)
    .filter((w) => w !== '');
  const chars = reading.segments.flat();
  const plainHan = reading.segments.length <= 2 && chars.length > 0 && chars.every((u) => u.han);
  if (plainHan && hasHan(registeredName) && words.length === chars.length && words.length > 1) {
    const k = surnameLength(chars.map((u) => u.text));
    return [words.slice(0, k).join(''), words.slice(k).join('')];
  }
  return words;
}

/** Every accepted Latin spelling of the registered name, in canonical form (normalizePinyin). */
export function acceptedSpellings(registered: RegisteredName): Set<string> {
  const out = new Set<string>();
  const reading = readName(registered.name);
  if (registered.pinyin !== undefined && normalizePinyin(registered.pinyin) !== '') {
    addSpellings(out, registeredPinyinSegments(registered.name, registered.pinyin, reading));
  }
  if (reading.complete) spellingsOfReading(out, reading);
  return out;
}

export function matchName(registered: RegisteredName, onDocument: string): NameMatch {
  const doc = exactNameKey(onDocument);
  if (doc === '') return 'mismatch';
  if (doc === exactNameKey(registered.name)) return 'exact';
  if (hasHan(doc)) return 'mismatch';
  const key = normalizePinyin(onDocument);
  if (key === '') return 'mismatch';
  return acceptedSpellings(registered).has(key) ? 'pinyin' : 'mismatch';
}
