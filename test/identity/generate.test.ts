import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { validateCnId } from '../../shared/identity/cn-id';
import { generateCnId, generatePassport, generatePermit } from '../../shared/identity/generate';
import { validateDocument } from '../../shared/identity/permits';
import { mulberry32, randomInt } from '../../shared/identity/random';
import { SAMPLE_REGION_CODES } from '../../shared/identity/regions';

const take = (seed: number, n: number): number[] => {
  const rng = mulberry32(seed);
  return Array.from({ length: n }, () => rng());
};

describe('seeded generators', () => {
  test('mulberry32: the same seed gives the same sequence, in [0, 1); different seeds differ', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const a = take(seed, 20);
        expect(take(seed, 20)).toEqual(a);
        for (const x of a) expect(x >= 0 && x < 1).toBe(true);
        expect(take(seed + 1, 20)).not.toEqual(a);
      }),
    );
  });

  test('randomInt stays within its inclusive bounds and reaches both', () => {
    const rng = mulberry32(42);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const v = randomInt(rng, -2, 3);
      expect(v >= -2 && v <= 3 && Number.isInteger(v)).toBe(true);
      seen.add(v);
    }
    expect([...seen].sort()).toEqual([-1, -2, 0, 1, 2, 3]);
    expect(() => randomInt(rng, 3, 2)).toThrow(RangeError);
  });

  test('DAY-5 generateCnId always produces a valid number within the asked birth years, regions and sex', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 1900, max: 2030 }),
        fc.integer({ min: 0, max: 60 }),
        fc.subarray([...SAMPLE_REGION_CODES], { minLength: 1 }),
        fc.constantFrom(undefined, 'M' as const, 'F' as const),
        (seed, from, span, regions, sex) => {
          const id = generateCnId(mulberry32(seed), { birthYearFrom: from, birthYearTo: from + span, regions, sex });
          const r = validateCnId(id);
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          const year = Number(r.birthDate.slice(0, 4));
          expect(year >= from && year <= from + span).toBe(true);
          expect(regions).toContain(r.region);
          if (sex) expect(r.sex).toBe(sex);
        },
      ),
    );
  });

  test('generateCnId is deterministic for a seed and covers both sexes and many dates', () => {
    const opts = { birthYearFrom: 1970, birthYearTo: 2005 };
    const rngA = mulberry32(7);
    const rngB = mulberry32(7);
    const a = Array.from({ length: 200 }, () => generateCnId(rngA, opts));
    expect(Array.from({ length: 200 }, () => generateCnId(rngB, opts))).toEqual(a);
    const results = a.map((id) => validateCnId(id));
    expect(new Set(results.map((r) => r.ok && r.sex))).toEqual(new Set(['M', 'F']));
    expect(new Set(results.map((r) => r.ok && r.birthDate)).size).toBeGreaterThan(190);
    expect(new Set(a.map((id) => id[17])).size).toBeGreaterThan(8);
  });

  test('generateCnId refuses impossible options', () => {
    const rng = mulberry32(1);
    expect(() => generateCnId(rng, { birthYearFrom: 2000, birthYearTo: 1999 })).toThrow(RangeError);
    expect(() => generateCnId(rng, { birthYearFrom: 1899, birthYearTo: 1950 })).toThrow(RangeError);
    expect(() => generateCnId(rng, { birthYearFrom: 1990, birthYearTo: 1999, regions: ['11010'] })).toThrow(RangeError);
    expect(() => generateCnId(rng, { birthYearFrom: 1990, birthYearTo: 1999, regions: [] })).toThrow(RangeError);
  });

  test('DAY-3 generated permits and passports validate as their type', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const rng = mulberry32(seed);
        expect(validateDocument('HK_MO_PERMIT', generatePermit(rng, 'HK_MO_PERMIT')).ok).toBe(true);
        expect(validateDocument('TW_PERMIT', generatePermit(rng, 'TW_PERMIT')).ok).toBe(true);
        const passport = generatePassport(rng);
        expect(passport).toMatch(/^E([0-9]{8}|[A-HJ-NP-Z][0-9]{7})$/);
        expect(validateDocument('PASSPORT', passport).ok).toBe(true);
      }),
    );
  });
});
