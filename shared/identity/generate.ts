/**
 * Deterministic generators of valid document numbers, for fixtures, demo days and benchmarks.
 * Everything comes from the caller's seeded `Rng` (random.ts), never from Math.random.
 */
import { dateOfDayNumber, dayNumber } from '../time/dates';
import { cnIdCheckDigit, CN_ID_EARLIEST_BIRTH_DATE, type Sex } from './cn-id';
import type { DocumentType } from './document-types';
import { pick, randomDigits, randomInt, type Rng } from './random';
import { SAMPLE_REGION_CODES } from './regions';

export interface CnIdOptions {
  /** Inclusive; at least 1900. */
  birthYearFrom: number;
  /** Inclusive. */
  birthYearTo: number;
  /** 6-digit address codes to draw from; default SAMPLE_REGION_CODES. */
  regions?: readonly string[];
  /** Fix the sex (digit 17 odd = M, even = F); default random. */
  sex?: Sex;
}

/** A valid 18-character mainland ID number (passes validateCnId). */
export function generateCnId(rng: Rng, opts: CnIdOptions): string {
  const { birthYearFrom, birthYearTo } = opts;
  if (!Number.isInteger(birthYearFrom) || !Number.isInteger(birthYearTo) || birthYearTo < birthYearFrom) {
    throw new RangeError(`generateCnId: bad birth years ${birthYearFrom}..${birthYearTo}`);
  }
  if (`${birthYearFrom}-01-01` < CN_ID_EARLIEST_BIRTH_DATE || birthYearTo > 9999) {
    throw new RangeError(`generateCnId: birth years must be within 1900..9999`);
  }
  const regions = opts.regions ?? SAMPLE_REGION_CODES;
  for (const r of regions) if (!/^\d{6}$/.test(r)) throw new RangeError(`generateCnId: bad region "${r}"`);

  const region = pick(rng, regions);
  const first = dayNumber(`${String(birthYearFrom).padStart(4, '0')}-01-01`);
  const last = dayNumber(`${String(birthYearTo).padStart(4, '0')}-12-31`);
  const birth = dateOfDayNumber(randomInt(rng, first, last)).replace(/-/g, '');
  let sequence = randomDigits(rng, 2);
  const sexDigit = opts.sex === undefined ? randomInt(rng, 0, 9) : 2 * randomInt(rng, 0, 4) + (opts.sex === 'M' ? 1 : 0);
  sequence += String(sexDigit);
  const first17 = region + birth + sequence;
  return first17 + cnIdCheckDigit(first17);
}

/** A valid permit number: H/M + 8 digits for HK_MO_PERMIT, 8 digits for TW_PERMIT. */
export function generatePermit(rng: Rng, type: 'HK_MO_PERMIT' | 'TW_PERMIT'): string {
  return type === 'HK_MO_PERMIT' ? pick(rng, ['H', 'M'] as const) + randomDigits(rng, 8) : randomDigits(rng, 8);
}

const PASSPORT_SECOND_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ'; // no I, no O (read as 1, 0)

/**
 * A passport number shaped like a Chinese e-passport: E + 8 digits, or E + a letter + 7 digits.
 */
export function generatePassport(rng: Rng): string {
  return rng() < 0.5 ? 'E' + randomDigits(rng, 8) : 'E' + pick(rng, [...PASSPORT_SECOND_LETTERS]) + randomDigits(rng, 7);
}

/** A valid number for any document type (NATIONAL_ID / DRIVING_LICENCE: 2 letters + 8 digits). */
export function generateDocumentNumber(rng: Rng, type: DocumentType, cnId: CnIdOptions = { birthYearFrom: 1960, birthYearTo: 2005 }): string {
  switch (type) {
    case 'CN_ID':
      return generateCnId(rng, cnId);
    case 'HK_MO_PERMIT':
    case 'TW_PERMIT':
      return generatePermit(rng, type);
    case 'PASSPORT':
      return generatePassport(rng);
    case 'NATIONAL_ID':
    case 'DRIVING_LICENCE':
      return pick(rng, [...PASSPORT_SECOND_LETTERS]) + pick(rng, [...PASSPORT_SECOND_LETTERS]) + randomDigits(rng, 8);
  }
}
