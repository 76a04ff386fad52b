/**
 * fast-check arbitraries for identity documents. `arbCnId` builds numbers independently of
 * generate.ts (any province, any county digits, any birth date 1900..2030, any sequence), with
 * the check character from cnIdCheckDigit.
 */
import fc from 'fast-check';
import { cnIdCheckDigit, CN_ID_PROVINCE_CODES } from '../../shared/identity/cn-id';
import { dateOfDayNumber, dayNumber } from '../../shared/time/dates';

export const PROVINCES = [...CN_ID_PROVINCE_CODES];

export const arbDigits = (n: number): fc.Arbitrary<string> => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

export const arbRegion: fc.Arbitrary<string> = fc.tuple(fc.constantFrom(...PROVINCES), arbDigits(4)).map(([p, rest]) => p + rest);

/** A birth date YYYY-MM-DD between 1900-01-01 and `to`. */
export const arbBirthDate = (to = '2030-12-31'): fc.Arbitrary<string> => fc.integer({ min: dayNumber('1900-01-01'), max: dayNumber(to) }).map(dateOfDayNumber);

export interface CnIdParts {
  id: string;
  region: string;
  birthDate: string;
  sequence: string;
}

export const arbCnIdParts = (birthTo?: string): fc.Arbitrary<CnIdParts> =>
  fc.tuple(arbRegion, arbBirthDate(birthTo), arbDigits(3)).map(([region, birthDate, sequence]) => {
    const first17 = region + birthDate.replace(/-/g, '') + sequence;
    return { id: first17 + cnIdCheckDigit(first17), region, birthDate, sequence };
  });

/** A valid 18-character mainland ID number (birth dates up to 2030-12-31). */
export const arbCnId: fc.Arbitrary<string> = arbCnIdParts().map((p) => p.id);

export const arbHkMoPermit: fc.Arbitrary<string> = fc.tuple(fc.constantFrom('H', 'M'), arbDigits(8)).map(([l, d]) => l + d);

export const arbTwPermit: fc.Arbitrary<string> = arbDigits(8);

/** Breaks a string with random spaces, as typed in groups or pasted from a form. */
export const arbSpaced = (s: string): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom('', '', '', ' ', '  ', '\u3000', '\t'), { minLength: s.length + 1, maxLength: s.length + 1 }).map((gaps) => gaps[0] + [...s].map((c, i) => c + gaps[i + 1]).join(''));
