import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTypedDay } from '../../shared/forms/typed-day';
import { isValidLocalDate } from '../../shared/time/dates';

describe("a typed day is the center's YYYY-MM-DD, whatever the browser's locale", () => {
  it('2026-12-05 as typed, with slashes or dots, or as eight digits, is 2026-12-05', () => {
    for (const typed of ['2026-12-05', ' 2026-12-05 ', '2026/12/05', '2026.12.05', '20261205']) expect(parseTypedDay(typed)).toBe('2026-12-05');
  });

  it("the browser's mm/dd/yyyy, a half-typed day and a day that does not exist choose nothing", () => {
    for (const typed of ['12/05/2026', '2026-12-0', '2026-12', '2026-02-30', '2026-13-01', '', 'tomorrow']) expect(parseTypedDay(typed)).toBeNull();
  });

  it('every existing day typed as YYYY-MM-DD or as eight digits comes back as itself', () => {
    const day = fc
      .record({ y: fc.integer({ min: 1900, max: 2199 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
      .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
      .filter(isValidLocalDate);
    fc.assert(fc.property(day, (text) => parseTypedDay(text) === text && parseTypedDay(text.replaceAll('-', '')) === text));
  });
});
