import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cnIdCheckDigit, validateCnId } from '../../shared/identity/cn-id';
import { arbCnId, arbCnIdParts, arbSpaced } from './arbitraries';

/** ISO 7064 MOD 11-2 in its other formulation: sum over all 18 positions of a_i * 2^(17-i) ≡ 1 (mod 11). */
function verifiesIso7064(id: string): boolean {
  let sum = 0;
  for (let i = 0; i < 18; i++) {
    const c = id[i]!;
    const v = c === 'X' ? 10 : Number(c);
    sum += v * (2 ** (17 - i) % 11);
  }
  return sum % 11 === 1;
}

/** Mainland ID numbers from the sample roster (generated, valid check digits). */
const SAMPLE_IDS: [string, string, 'M' | 'F'][] = [
  ['110101197601076510', '1976-01-07', 'M'],
  ['440305199004140440', '1990-04-14', 'F'],
  ['37020219971225987X', '1997-12-25', 'M'],
  ['31010419770123771X', '1977-01-23', 'M'],
  ['44030519991214296X', '1999-12-14', 'F'],
  ['420111197506118618', '1975-06-11', 'M'],
  ['510107200206034203', '2002-06-03', 'F'],
];

describe('DAY-5 mainland ID numbers (GB 11643, ISO 7064 MOD 11-2)', () => {
  test.each(SAMPLE_IDS)('DAY-5 sample roster number %s validates with birth date and sex', (id, birthDate, sex) => {
    expect(validateCnId(id)).toEqual({ ok: true, normalized: id, birthDate, sex, region: id.slice(0, 6) });
  });

  test('DAY-5 cnIdCheckDigit gives 0-9 and X (10) as in the standard table', () => {
    expect(cnIdCheckDigit('11010119760107651')).toBe('0');
    expect(cnIdCheckDigit('37020219971225987')).toBe('X');
    expect(cnIdCheckDigit('44030519900414044')).toBe('0');
    expect(() => cnIdCheckDigit('1101011976010765')).toThrow(RangeError);
    expect(() => cnIdCheckDigit('1101011976010765X')).toThrow(RangeError);
  });

  test('DAY-5 the check character agrees with the full-sum formulation of ISO 7064 MOD 11-2', () => {
    fc.assert(fc.property(arbCnId, (id) => verifiesIso7064(id)));
  });

  test('lower-case x is accepted and normalised to X', () => {
    const r = validateCnId('37020219971225987x');
    expect(r.ok && r.normalized).toBe('37020219971225987X');
  });

  test('scanner noise (CR/LF, TAB, NUL, zero-width, spaces, full-width digits) is tolerated', () => {
    expect(validateCnId('\u0002 110101 19760107 6510\r\n').ok).toBe(true);
    expect(validateCnId('\u200b１１０１０１１９７６０１０７６５１０').ok).toBe(true);
    fc.assert(fc.property(arbCnId.chain(arbSpaced), (spaced) => validateCnId(spaced).ok));
  });

  test('refusal codes: EMPTY, LENGTH, FIRST_GENERATION, CHARS with position', () => {
    expect(validateCnId('')).toEqual({ ok: false, code: 'EMPTY' });
    expect(validateCnId(' \t\r\n ')).toEqual({ ok: false, code: 'EMPTY' });
    expect(validateCnId('11010119760107651')).toEqual({ ok: false, code: 'LENGTH' });
    expect(validateCnId('1101011976010765100')).toEqual({ ok: false, code: 'LENGTH' });
    expect(validateCnId('110101760107651')).toEqual({ ok: false, code: 'FIRST_GENERATION' });
    expect(validateCnId('110A01197601076510')).toEqual({ ok: false, code: 'CHARS', position: 3 });
    expect(validateCnId('1101011976010765X0')).toEqual({ ok: false, code: 'CHARS', position: 16 });
    expect(validateCnId('110101-197601076510')).toEqual({ ok: false, code: 'CHARS', position: 6 });
  });

  test('REGION: the first two digits must be a province-level code (81/82/83 residence permits included)', () => {
    const withRegion = (p: string): string => {
      const first17 = p + '0101197601076510'.slice(0, 15);
      return first17 + cnIdCheckDigit(first17);
    };
    expect(validateCnId(withRegion('00'))).toEqual({ ok: false, code: 'REGION', position: 0 });
    expect(validateCnId(withRegion('99'))).toEqual({ ok: false, code: 'REGION', position: 0 });
    for (const p of ['11', '65', '71', '81', '82', '83']) expect(validateCnId(withRegion(p)).ok).toBe(true);
  });

  const withBirth = (yyyymmdd: string): string => {
    const first17 = '110101' + yyyymmdd + '123';
    return first17 + cnIdCheckDigit(first17);
  };

  test('BIRTH_DATE: impossible dates (19990230, month 13, 19000229) are refused at position 6', () => {
    for (const d of ['19990230', '19991301', '19990001', '19990100', '19000229', '20230229']) {
      expect(validateCnId(withBirth(d))).toEqual({ ok: false, code: 'BIRTH_DATE', position: 6 });
    }
    expect(validateCnId(withBirth('20000229')).ok).toBe(true);
    expect(validateCnId(withBirth('20240229')).ok).toBe(true);
  });

  test('BIRTH_DATE: before 1900 is refused, 1900-01-01 is accepted', () => {
    expect(validateCnId(withBirth('18991231'))).toEqual({ ok: false, code: 'BIRTH_DATE', position: 6 });
    expect(validateCnId(withBirth('19000101')).ok).toBe(true);
  });

  test('BIRTH_DATE: a date after the optional today is refused, today itself is accepted', () => {
    expect(validateCnId(withBirth('20261206'), { today: '2026-12-05' })).toEqual({ ok: false, code: 'BIRTH_DATE', position: 6 });
    expect(validateCnId(withBirth('20261205'), { today: '2026-12-05' }).ok).toBe(true);
    expect(validateCnId(withBirth('20261206')).ok).toBe(true); // no today: no future check
    expect(() => validateCnId(withBirth('20000101'), { today: '2026-13-01' })).toThrow(RangeError);
  });

  test('CHECK_DIGIT: a wrong last character is refused at position 17', () => {
    expect(validateCnId('110101197601076511')).toEqual({ ok: false, code: 'CHECK_DIGIT', position: 17 });
    expect(validateCnId('11010119760107651X')).toEqual({ ok: false, code: 'CHECK_DIGIT', position: 17 });
  });

  test('every valid ID passes, and reports the parts it was built from', () => {
    fc.assert(
      fc.property(arbCnIdParts(), (p) => {
        const r = validateCnId(p.id);
        expect(r).toEqual({
          ok: true,
          normalized: p.id,
          birthDate: p.birthDate,
          sex: Number(p.sequence[2]) % 2 === 1 ? 'M' : 'F',
          region: p.region,
        });
      }),
    );
  });

  test('DAY-5 every single-character change of a valid ID fails (CHECK_DIGIT unless region or birth date broke first)', () => {
    fc.assert(
      fc.property(arbCnId, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 10 }), (id, pos, delta) => {
        const alphabet = pos === 17 ? '0123456789X' : '0123456789';
        const old = alphabet.indexOf(id[pos]!);
        const replacement = alphabet[(old + delta) % alphabet.length]!;
        fc.pre(replacement !== id[pos]);
        const changed = id.slice(0, pos) + replacement + id.slice(pos + 1);
        const r = validateCnId(changed);
        expect(r.ok).toBe(false);
        if (!r.ok) {
          expect(['REGION', 'BIRTH_DATE', 'CHECK_DIGIT']).toContain(r.code);
          if (pos >= 2 && pos <= 5) expect(r.code).toBe('CHECK_DIGIT');
          if (pos >= 14) expect(r.code).toBe('CHECK_DIGIT');
        }
      }),
    );
  });

  test('DAY-5 every swap of two different adjacent characters of a valid ID fails', () => {
    fc.assert(
      fc.property(arbCnId, fc.integer({ min: 0, max: 16 }), (id, pos) => {
        fc.pre(id[pos] !== id[pos + 1]);
        const swapped = id.slice(0, pos) + id[pos + 1] + id[pos] + id.slice(pos + 2);
        expect(validateCnId(swapped).ok).toBe(false);
      }),
    );
  });

  test('re-computing the check digit after changing the sequence digits restores validity', () => {
    fc.assert(
      fc.property(arbCnId, fc.integer({ min: 14, max: 16 }), fc.integer({ min: 1, max: 9 }), (id, pos, delta) => {
        const digit = (Number(id[pos]) + delta) % 10;
        const first17 = id.slice(0, pos) + digit + id.slice(pos + 1, 17);
        expect(validateCnId(first17 + id[17]).ok).toBe(false);
        const repaired = first17 + cnIdCheckDigit(first17);
        expect(validateCnId(repaired).ok).toBe(true);
      }),
    );
  });

  test('validation is idempotent: the normalised number validates to itself', () => {
    fc.assert(
      fc.property(arbCnId.chain(arbSpaced), (raw) => {
        const r = validateCnId(raw.toLowerCase());
        if (!r.ok) return false;
        const again = validateCnId(r.normalized);
        return again.ok && again.normalized === r.normalized;
      }),
    );
  });
});
