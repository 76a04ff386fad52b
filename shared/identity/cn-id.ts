/**
 * Mainland resident identity number (居民身份证号码), GB 11643-1999. DAY-5: the check character
 * must verify.
 *
 *   positions 0-5   address code (province 2 + prefecture 2 + county 2, GB/T 2260)
 *   positions 6-13  birth date YYYYMMDD
 *   positions 14-16 sequence code; position 16 odd = male, even = female
 *   position  17    check character, ISO 7064 MOD 11-2, 0-9 or X (= 10)
 *
 * Also valid under the same rules: residence permits for Hong Kong, Macau and Taiwan residents
 * (港澳台居民居住证), whose numbers start 81, 82 and 83.
 */
import { dayNumber, isValidLocalDate } from '../time/dates';
import type { DocumentError, IdErrorCode } from './error-codes';
import { compactDocumentInput } from './scanner-input';

export type Sex = 'M' | 'F';

export interface CnIdOk {
  ok: true;
  /** 18 characters, check character upper-case X. */
  normalized: string;
  /** YYYY-MM-DD */
  birthDate: string;
  sex: Sex;
  /** The 6-digit address code (GB/T 2260) at the time of issue. */
  region: string;
}

export type CnIdResult = CnIdOk | DocumentError<IdErrorCode>;

export interface ValidateOptions {
  /** The center's local date (YYYY-MM-DD). A birth date after it is refused; omitted: no check. */
  today?: string;
}

/** Weight of position i is 2^(17-i) mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;

/**
 * Province-level codes (first two digits): 11-15 North, 21-23 North-east, 31-37 East,
 * 41-46 Centre-South, 50-54 South-west, 61-65 North-west, 71 Taiwan, 81 Hong Kong, 82 Macau,
 * 83 (residence permits of Taiwan residents).
 */
export const CN_ID_PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
]);

/** The earliest birth date accepted (GB 11643 numbers carry a 4-digit year; nobody alive is older). */
export const CN_ID_EARLIEST_BIRTH_DATE = '1900-01-01';

/**
 * The ISO 7064 MOD 11-2 check character ('0'-'9' or 'X') of the first 17 digits.
 * Throws RangeError unless `first17` is exactly 17 ASCII digits.
 */
export function cnIdCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError(`cnIdCheckDigit needs 17 digits, got "${first17}"`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  const value = (12 - (sum % 11)) % 11;
  return value === 10 ? 'X' : String(value);
}

/**
 * Validates a mainland ID number as typed or scanned: spaces, control characters and full-width
 * digits are tolerated, lower-case x is accepted and normalised to X. The first problem found is
 * reported, in this order: EMPTY, CHARS, FIRST_GENERATION / LENGTH, REGION, BIRTH_DATE,
 * CHECK_DIGIT.
 */
export function validateCnId(raw: string, opts: ValidateOptions = {}): CnIdResult {
  if (opts.today !== undefined && !isValidLocalDate(opts.today)) {
    throw new RangeError(`validateCnId: today must be YYYY-MM-DD, got "${opts.today}"`);
  }
  const id = compactDocumentInput(raw);
  if (id === '') return { ok: false, code: 'EMPTY' };

  for (let i = 0; i < id.length; i++) {
    const c = id[i]!;
    const allowed = c >= '0' && c <= '9' ? true : c === 'X' && i === 17;
    if (!allowed) return { ok: false, code: 'CHARS', position: i };
  }
  if (id.length === 15) return { ok: false, code: 'FIRST_GENERATION' };
  if (id.length !== 18) return { ok: false, code: 'LENGTH' };

  if (!CN_ID_PROVINCE_CODES.has(id.slice(0, 2))) return { ok: false, code: 'REGION', position: 0 };

  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isValidLocalDate(birthDate) || birthDate < CN_ID_EARLIEST_BIRTH_DATE || (opts.today !== undefined && dayNumber(birthDate) > dayNumber(opts.today))) {
    return { ok: false, code: 'BIRTH_DATE', position: 6 };
  }

  if (cnIdCheckDigit(id.slice(0, 17)) !== id[17]) return { ok: false, code: 'CHECK_DIGIT', position: 17 };

  return {
    ok: true,
    normalized: id,
    birthDate,
    sex: Number(id[16]) % 2 === 1 ? 'M' : 'F',
    region: id.slice(0, 6),
  };
}
