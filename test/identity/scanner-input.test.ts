import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cleanScannerInput } from '../../shared/identity/scanner-input';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** Characters a scanner or a paste produces: controls, every kind of space, invisibles, and text. */
const noisy = fc.constantFrom(...'\u0000\u0002\t\n\r\u001b\u007f\u0085\u009f \u00a0\u3000\u2003\u200b\ufeffAX9张·');

describe('cleanScannerInput', () => {
  test('drops control characters and invisibles, trims, collapses spaces', () => {
    expect(cleanScannerInput('\u0002110101197601076510\r\n')).toBe('110101197601076510');
    expect(cleanScannerInput('  H1234\u0000 \u00a0 5678\u001b ')).toBe('H1234 5678');
    expect(cleanScannerInput('\ufeffZHANG\tWEI')).toBe('ZHANG WEI');
    expect(cleanScannerInput('张\u200b伟\u3000\u3000')).toBe('张伟');
    expect(cleanScannerInput('\u0085\u009f')).toBe('');
  });

  test('the result has no control character, no edge space and no double space, and is a fixed point', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: noisy, maxLength: 30 })), (raw) => {
        const out = cleanScannerInput(raw);
        return !CONTROL.test(out) && out === out.trim() && !/\s\s/.test(out) && cleanScannerInput(out) === out;
      }),
    );
  });

  test('text that is already clean is left unchanged', () => {
    const word = fc.string({ unit: fc.constantFrom(...'ABCXYZ0123456789张伟·-'), minLength: 1 });
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), (words) => cleanScannerInput(words.join(' ')) === words.join(' ')));
  });
});
