import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { maskDocumentNumber } from '../../shared/identity/mask';
import { arbCnId } from './arbitraries';

const arbNumber = fc.string({ unit: fc.constantFrom(...'0123456789ABCDEHMXZ'), minLength: 0, maxLength: 24 });

describe('maskDocumentNumber', () => {
  test('keeps the last 4 of an ID number, masks the rest', () => {
    expect(maskDocumentNumber('110101197601076510')).toBe('**************6510');
    expect(maskDocumentNumber('M80101731')).toBe('*****1731');
    expect(maskDocumentNumber('13083713')).toBe('****3713');
  });

  test('short numbers show at most half: 6 -> 3 visible, 3 -> 1, 1 -> none', () => {
    expect(maskDocumentNumber('123456')).toBe('***456');
    expect(maskDocumentNumber('123')).toBe('**3');
    expect(maskDocumentNumber('7')).toBe('*');
    expect(maskDocumentNumber('')).toBe('');
  });

  test('length is preserved, the visible part is a suffix of at most 4 and at most half', () => {
    fc.assert(
      fc.property(arbNumber, (n) => {
        const m = maskDocumentNumber(n);
        expect(m.length).toBe(n.length);
        const visible = m.replace(/^\*+/, '');
        expect(n.endsWith(visible)).toBe(true);
        expect(visible.length).toBeLessThanOrEqual(Math.min(4, Math.floor(n.length / 2)));
      }),
    );
  });

  test('the output never contains 5 consecutive characters of the original', () => {
    fc.assert(
      fc.property(fc.oneof(arbNumber, arbCnId), (n) => {
        const m = maskDocumentNumber(n);
        for (let i = 0; i + 5 <= m.length; i++) expect(n.includes(m.slice(i, i + 5))).toBe(false);
      }),
    );
  });
});
