/**
 * How a name can be read: its parts (surname / given name, or the dot-separated parts of a
 * minority name, or the words of a Latin name), each a list of units (one Chinese character or one
 * Latin word) with the readings pinyin-pro knows for it, the contextual one first.
 */
import { pinyin } from 'pinyin-pro';
import { surnameLength } from './compound-surnames';
import { hasHan, NAME_DOT, normalizeNameText } from './name-text';

export interface ReadingUnit {
  /** The character or word as written (after normalisation). */
  text: string;
  han: boolean;
  /** Contextual reading: lower case, tone-less, ü kept; '' when pinyin-pro has none. */
  primary: string;
  /** Every known reading, `primary` first, no duplicates. */
  alternatives: readonly string[];
}

export interface NameReading {
  /** Surname then given name for a Chinese name; dot parts; Latin words. Empty parts dropped. */
  segments: ReadingUnit[][];
  /** False when some Chinese character has no known reading. */
  complete: boolean;
}

function toneless(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u0307\u0309-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase();
}

const HAN_CHAR = /[\p{Script=Han}〇]/u;

function unitsOf(part: string, surnameHead: boolean): { units: ReadingUnit[]; complete: boolean } {
  const units: ReadingUnit[] = [];
  let complete = true;
  let word = '';
  const flush = (): void => {
    if (word !== '') {
      const w = toneless(word);
      units.push({ text: word, han: false, primary: w, alternatives: [w] });
    }
    word = '';
  };
  const items = pinyin(part, {
    toneType: 'none',
    type: 'all',
    mode: surnameHead ? 'surname' : 'normal',
    surname: surnameHead ? 'head' : 'off',
  });
  for (const item of items) {
    if (HAN_CHAR.test(item.origin)) {
      flush();
      const primary = item.isZh ? toneless(item.pinyin) : '';
      if (primary === '') complete = false;
      const alternatives = [...new Set([primary, ...item.polyphonic.map(toneless)].filter((p) => p !== ''))];
      units.push({ text: item.origin, han: true, primary, alternatives });
    } else if (/[\p{L}\p{M}]/u.test(item.origin)) {
      word += item.origin;
    } else {
      flush();
    }
  }
  flush();
  return { units, complete };
}

export function readName(name: string): NameReading {
  const text = normalizeNameText(name);
  if (text === '') return { segments: [], complete: true };
  const han = hasHan(text);
  const parts = han ? text.split(NAME_DOT).filter((p) => p !== '') : [text];
  const dotted = parts.length > 1;
  let complete = true;
  const segments: ReadingUnit[][] = [];
  for (const part of parts) {
    const r = unitsOf(part, han && !dotted);
    complete &&= r.complete;
    if (r.units.length === 0) continue;
    if (dotted) {
      segments.push(r.units);
    } else if (r.units.every((u) => u.han)) {
      const k = surnameLength(r.units.map((u) => u.text));
      segments.push(r.units.slice(0, k));
      if (r.units.length > k) segments.push(r.units.slice(k));
    } else if (r.units.every((u) => !u.han)) {
      for (const u of r.units) segments.push([u]);
    } else {
      segments.push(r.units);
    }
  }
  return { segments, complete };
}

/** Above this many reading combinations only the contextual reading and single changes are tried. */
const MAX_COMBINATIONS = 256;

/** Each unit's chosen reading, for every combination worth trying. */
export function readingCombinations(units: readonly ReadingUnit[]): string[][] {
  const usable = units.map((u) => (u.alternatives.length > 0 ? u.alternatives : [u.primary]));
  const count = usable.reduce((n, alts) => n * alts.length, 1);
  if (count <= MAX_COMBINATIONS) {
    let acc: string[][] = [[]];
    for (const alts of usable) acc = acc.flatMap((prefix) => alts.map((a) => [...prefix, a]));
    return acc;
  }
  const primary = units.map((u) => u.primary);
  const out = [primary];
  usable.forEach((alts, i) => {
    for (const a of alts.slice(1)) out.push(primary.map((p, j) => (j === i ? a : p)));
  });
  return out;
}
