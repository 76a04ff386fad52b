import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { PaperCandidate, PaperDay } from '../../electron/rosters/day-data';
import { doorList } from '../../electron/rosters/documents/door-list';
import { labelsFor } from '../../electron/rosters/labels';
import { compareSyllables, pinyinSyllables } from '../../electron/rosters/pinyin-order';

/** Real pinyin syllables, with the u/ü neighbours that matter for the order. */
const SYLLABLES = ['a', 'an', 'li', 'liang', 'lin', 'ling', 'lu', 'lü', 'luan', 'lüe', 'lun', 'luo', 'nu', 'nü', 'nuo', 'gang', 'qiang', 'wang', 'wei', 'zhang', 'zhao', 'ou', 'yang', 'xiao', 'ming'];
const syllable = fc.constantFrom(...SYLLABLES);
const words = fc.array(syllable, { minLength: 1, maxLength: 4 });
const sortNames = (names: string[]) => [...names].sort((a, b) => compareSyllables(pinyinSyllables(a, null), pinyinSyllables(b, null)));

describe('door-list pinyin order (#18.8)', () => {
  test('#18.8 李刚 (Li Gang) comes before 梁 (Liang): syllables are compared with word boundaries, not letters run together', () => {
    expect(sortNames(['梁伟', '李刚'])).toEqual(['李刚', '梁伟']);
    expect(sortNames(['梁伟', '李刚', '林一', '李'])).toEqual(['李', '李刚', '梁伟', '林一']);
  });

  test('#18.8 吕强 (Lü Qiang) comes right after the "Lu" surnames and before 罗 (Luo), 栾 (Luan), 伦 (Lun)', () => {
    expect(pinyinSyllables('吕强', 'Lü Qiang')).toEqual(['lü', 'qiang']);
    expect(sortNames(['罗伟', '吕强', '卢刚', '栾明', '伦敏', '陆一'])).toEqual(['卢刚', '陆一', '吕强', '栾明', '伦敏', '罗伟']);
  });

  test('Latin names compare word by word and a "v" stays a v', () => {
    expect(pinyinSyllables('Victor Lang', null)).toEqual(['victor', 'lang']);
    expect(compareSyllables(pinyinSyllables('Li Ann', null), pinyinSyllables('Liam Ng', null))).toBeLessThan(0);
  });

  test('the order is a total order: antisymmetric, transitive, equal only for equal syllables', () => {
    fc.assert(
      fc.property(words, words, words, (a, b, c) => {
        expect(Math.sign(compareSyllables(a, b)) + Math.sign(compareSyllables(b, a))).toBe(0);
        expect(compareSyllables(a, b) === 0).toBe(a.join(' ') === b.join(' '));
        if (compareSyllables(a, b) <= 0 && compareSyllables(b, c) <= 0) expect(compareSyllables(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });

  test('word boundaries: the first differing syllable decides, whatever follows, and a name is before its own extensions', () => {
    fc.assert(
      fc.property(words, syllable, syllable, words, words, (head, s, t, restA, restB) => {
        fc.pre(s !== t);
        const first = compareSyllables([s], [t]);
        expect(Math.sign(compareSyllables([...head, s, ...restA], [...head, t, ...restB]))).toBe(Math.sign(first));
        expect(compareSyllables(head, [...head, ...restA])).toBeLessThanOrEqual(0);
        // A syllable before every longer one it begins: li < liang, lu < luan.
        if (t.startsWith(s)) expect(first).toBeLessThan(0);
      }),
    );
  });

  test('ü sorts as u and after u on a tie (Xinhua Zidian): lu… < lü… < luan…, luo…', () => {
    fc.assert(
      fc.property(words, words, fc.constantFrom('luan', 'lüe', 'lun', 'luo'), words, (a, b, later, c) => {
        expect(compareSyllables(['lu', ...a], ['lü', ...b])).toBeLessThan(0);
        expect(compareSyllables(['lü', ...b], [later, ...c])).toBeLessThan(0);
      }),
    );
  });
});

describe('the door list document in pinyin order (#18.8)', () => {
  const person = (id: number, name: string, pinyin: string, sortKey: string): PaperCandidate => ({
    appointmentId: id,
    bookingId: `B${id}`,
    name,
    pinyin,
    sortKey,
    documentMasked: `****000${id}`,
    subjectCode: 'TCCP-ARCH',
    subjectName: 'x',
    part: 'exam',
    seat: null,
    wheelchair: false,
    extraTimePct: 0,
    retake: false,
    state: 'booked',
    admittedAt: null,
    overrideReason: null,
  });
  test('#18.8 the printed door list puts Li Gang before Liang Wei and Lü Qiang right after Lu, before Luo', () => {
    // sortKey is the roster's pinyin_compact: the letters run together that the old order used.
    const people = [
      person(1, '梁伟', 'Liang Wei', 'liangwei'),
      person(2, '罗伟', 'Luo Wei', 'luowei'),
      person(3, '吕强', 'Lü Qiang', 'lüqiang'),
      person(4, '李刚', 'Li Gang', 'ligang'),
      person(5, '卢刚', 'Lu Gang', 'lugang'),
    ];
    const day = {
      center: { code: 'C', name: '考点', nameEn: 'Center', timeZone: 'Asia/Shanghai' },
      date: '2026-12-05',
      idChecks: [],
      results: [],
      incidents: [],
      auditHead: 'h',
      sessions: [{ id: 1, roomCode: 'A', roomName: '考场A', start: '09:00', durationMin: 120, label: 'A 09:00', candidates: people }],
    } satisfies PaperDay;
    const [doc] = doorList({ day, L: labelsFor('zh-CN'), seatPlans: new Map() });
    const html = doc!.pages.map((p) => p.html).join('');
    const order = ['李刚', '梁伟', '卢刚', '吕强', '罗伟'].map((n) => html.indexOf(n));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
