import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DOCUMENT_TYPES } from '../../shared/identity/document-types';
import { generateDocumentNumber } from '../../shared/identity/generate';
import { validateDocument, validateHkMoPermit, validatePassport, validateTwPermit } from '../../shared/identity/permits';
import { mulberry32 } from '../../shared/identity/random';
import { arbCnId, arbHkMoPermit, arbSpaced, arbTwPermit } from './arbitraries';

describe('DAY-3 Hong Kong/Macau permit (回乡证)', () => {
  test('H or M + 8 digits (sample roster M80101731) is accepted, issuer from the letter', () => {
    expect(validateHkMoPermit('M80101731')).toEqual({ ok: true, type: 'HK_MO_PERMIT', normalized: 'M80101731', issuer: 'MO' });
    expect(validateHkMoPermit('h 1234 5678')).toEqual({ ok: true, type: 'HK_MO_PERMIT', normalized: 'H12345678', issuer: 'HK' });
  });

  test('the 11-character form with the 2-digit issue count normalises to the 9-character number', () => {
    expect(validateHkMoPermit('H1234567801')).toEqual({
      ok: true,
      type: 'HK_MO_PERMIT',
      normalized: 'H12345678',
      issuer: 'HK',
      issueCount: '01',
    });
  });

  test('wrong letter, letters inside, wrong lengths and symbols are refused with a code', () => {
    expect(validateHkMoPermit('')).toEqual({ ok: false, code: 'EMPTY' });
    expect(validateHkMoPermit('A12345678')).toEqual({ ok: false, code: 'FORMAT', position: 0 });
    expect(validateHkMoPermit('12345678')).toEqual({ ok: false, code: 'FORMAT', position: 0 });
    expect(validateHkMoPermit('HA1234567')).toEqual({ ok: false, code: 'FORMAT', position: 1 });
    expect(validateHkMoPermit('H1234567')).toEqual({ ok: false, code: 'LENGTH' });
    expect(validateHkMoPermit('H123456789')).toEqual({ ok: false, code: 'LENGTH' });
    expect(validateHkMoPermit('H1234/5678')).toEqual({ ok: false, code: 'CHARS', position: 5 });
  });

  test('any H/M + 8 digits, spaced and lower-cased, validates to itself', () => {
    const arb = fc.tuple(arbHkMoPermit, fc.boolean()).chain(([n, lower]) => arbSpaced(lower ? n.toLowerCase() : n).map((raw) => [n, raw] as const));
    fc.assert(
      fc.property(arb, ([n, raw]) => {
        const r = validateHkMoPermit(raw);
        return r.ok && r.normalized === n;
      }),
    );
  });
});

describe('DAY-3 Taiwan permit (台胞证)', () => {
  test('the 8-digit lifetime number (2015 card, sample roster 13083713) is accepted', () => {
    expect(validateTwPermit('13083713')).toEqual({ ok: true, type: 'TW_PERMIT', normalized: '13083713' });
  });

  test('older booklet forms normalise to the 8-digit lifetime number', () => {
    expect(validateTwPermit('1308371301')).toEqual({ ok: true, type: 'TW_PERMIT', normalized: '13083713', issueCount: '01' });
    expect(validateTwPermit('1308371302(B)')).toEqual({
      ok: true,
      type: 'TW_PERMIT',
      normalized: '13083713',
      issueCount: '02',
      issuingOffice: 'B',
    });
    expect(validateTwPermit('1308371302（b）').ok).toBe(true); // full-width brackets, lower case
  });

  test('letters, wrong lengths and broken brackets are refused', () => {
    expect(validateTwPermit('1308371A')).toEqual({ ok: false, code: 'CHARS', position: 7 });
    expect(validateTwPermit('1308371')).toEqual({ ok: false, code: 'LENGTH' });
    expect(validateTwPermit('130837130')).toEqual({ ok: false, code: 'LENGTH' });
    expect(validateTwPermit('1308371302(B')).toEqual({ ok: false, code: 'FORMAT', position: 10 });
  });

  test('any 8 digits validate to themselves', () => {
    fc.assert(
      fc.property(arbTwPermit, (n) => {
        const r = validateTwPermit(n);
        return r.ok && r.normalized === n;
      }),
    );
  });
});

describe('passports and other photo IDs (DAY-3 English profile)', () => {
  test('passport: 5-17 letters and digits, upper-cased; MRZ fillers dropped', () => {
    expect(validatePassport('e07616875')).toEqual({ ok: true, type: 'PASSPORT', normalized: 'E07616875' });
    expect(validatePassport('E07616875<<<')).toEqual({ ok: true, type: 'PASSPORT', normalized: 'E07616875' });
    expect(validatePassport('A1234')).toMatchObject({ ok: true });
    expect(validatePassport('A123')).toEqual({ ok: false, code: 'LENGTH' });
    expect(validatePassport('A'.repeat(18))).toEqual({ ok: false, code: 'LENGTH' });
    expect(validatePassport('E0761-6875')).toEqual({ ok: false, code: 'CHARS', position: 5 });
  });

  test('national ID and driving licence: 4-20 letters and digits, hyphens and spaces removed', () => {
    expect(validateDocument('DRIVING_LICENCE', 'morga-753116-sm9ij')).toEqual({
      ok: true,
      type: 'DRIVING_LICENCE',
      normalized: 'MORGA753116SM9IJ',
    });
    expect(validateDocument('NATIONAL_ID', 'T22000129')).toEqual({ ok: true, type: 'NATIONAL_ID', normalized: 'T22000129' });
    expect(validateDocument('NATIONAL_ID', 'ab1')).toEqual({ ok: false, code: 'LENGTH' });
    expect(validateDocument('NATIONAL_ID', 'AB/1234')).toEqual({ ok: false, code: 'CHARS', position: 2 });
  });
});

describe('validateDocument dispatch', () => {
  test('CN_ID goes through the GB 11643 check and carries birth date, sex and region (DAY-5)', () => {
    expect(validateDocument('CN_ID', '110101197601076510', { today: '2026-12-05' })).toEqual({
      ok: true,
      type: 'CN_ID',
      normalized: '110101197601076510',
      birthDate: '1976-01-07',
      sex: 'M',
      region: '110101',
    });
    expect(validateDocument('CN_ID', '110101197601076511')).toEqual({ ok: false, code: 'CHECK_DIGIT', position: 17 });
  });

  test('a mainland ID number is not a valid HK/Macau or Taiwan permit number', () => {
    fc.assert(fc.property(arbCnId, (id) => !validateDocument('HK_MO_PERMIT', id).ok && !validateDocument('TW_PERMIT', id).ok));
  });

  test('an unknown type from outside the type system is refused, not thrown', () => {
    expect(validateDocument('LIBRARY_CARD' as never, '12345')).toEqual({ ok: false, code: 'UNKNOWN_TYPE' });
  });

  test('generated numbers of every type validate, and their normalised form is a fixed point', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...DOCUMENT_TYPES), (seed, type) => {
        const n = generateDocumentNumber(mulberry32(seed), type);
        const r = validateDocument(type, n);
        if (!r.ok) return false;
        const again = validateDocument(type, r.normalized);
        return again.ok && again.normalized === r.normalized;
      }),
    );
  });
});
