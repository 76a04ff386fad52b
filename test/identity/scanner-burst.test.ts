import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BURST_MAX_STALL_MS, BURST_MIN_LENGTH, ScannerBurst } from '../../shared/identity/scanner-burst';

function feed(text: string, gaps: (i: number) => number, enterGap = 5): string | null {
  const b = new ScannerBurst();
  let at = 1_000;
  [...text].forEach((ch, i) => {
    at += i === 0 ? 0 : gaps(i);
    b.key(ch, at);
  });
  return b.enter(at + enterGap)?.text ?? null;
}

describe('ScannerBurst: a scanner is told apart from typing (#18 scan mode)', () => {
  test('a code sent 5–40 ms per key and Enter is a burst with exactly its text', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z0-9]{6,20}$/), fc.integer({ min: 1, max: 40 }), (code, gap) => {
        expect(feed(code, () => gap)).toBe(code);
      }),
    );
  });

  test('a person typing 120 ms or more per key is not a burst, however long the text', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]{1,20}$/), fc.integer({ min: 120, max: 240 }), (text, gap) => {
        expect(feed(text, () => gap)).toBeNull();
      }),
    );
  });

  test('fewer than the minimum keys, or Enter long after the last key, is not a burst', () => {
    expect(feed('A'.repeat(BURST_MIN_LENGTH - 1), () => 5)).toBeNull();
    expect(feed('ADMKAH8R4XJ', () => 5, 400)).toBeNull();
  });

  test('a pause starts a new run: only the fast tail after the pause is the burst', () => {
    const b = new ScannerBurst();
    b.key('x', 0);
    b.key('y', 150);
    let at = 1_000;
    for (const ch of 'ADMKAH8R4XJ') b.key(ch, (at += 8));
    expect(b.enter(at + 8)?.text).toBe('ADMKAH8R4XJ');
  });

  test('a non-printable key (Backspace, Tab) ends the run; Shift does not', () => {
    const b = new ScannerBurst();
    let at = 0;
    for (const ch of 'ABC') b.key(ch, (at += 5));
    b.key('Backspace', (at += 5));
    for (const ch of 'DEF') b.key(ch, (at += 5));
    expect(b.enter(at + 5)).toBeNull();
    for (const ch of 'AbCdEf') {
      b.key('Shift', (at += 2));
      b.key(ch, (at += 5));
    }
    expect(b.enter(at + 5)?.text).toBe('AbCdEf');
  });

  test('a scan the computer stalled once or twice mid-code (up to 1 s) is still the whole code, never its tail', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z0-9]{8,20}$/), fc.uniqueArray(fc.integer({ min: 1, max: 19 }), { maxLength: 2 }), fc.integer({ min: 251, max: BURST_MAX_STALL_MS }), (code, stalls, stall) => {
        expect(feed(code, (i) => (stalls.includes(i) ? stall : 5))).toBe(code);
      }),
    );
  });

  test("a person's slow keys before a short pause never join the scan that follows; a pause over the stall limit splits", () => {
    const b = new ScannerBurst();
    let at = 0;
    for (const ch of 'wang') b.key(ch, (at += 150));
    at += 600;
    for (const ch of 'ADMKAH8R4XJ') b.key(ch, (at += 6));
    expect(b.enter(at + 6)?.text).toBe('ADMKAH8R4XJ');
    expect(feed('ADMKAH8R4XJ7UXNQ3C', (i) => (i === 6 ? BURST_MAX_STALL_MS + 1 : 5))).toBe('8R4XJ7UXNQ3C');
  });
});
