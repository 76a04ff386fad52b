import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { generateCnId, generatePassport, generatePermit } from '../../shared/identity/generate';
import { mulberry32 } from '../../shared/identity/random';
import { toPinyin } from '../../shared/names/pinyin';
import { classifyQuery, lookupKey, type QueryKind } from '../../shared/names/query-kind';
import { arbCnId, arbDigits, arbSpaced } from '../identity/arbitraries';
import { arbHanName } from './arbitraries';

describe('classifyQuery', () => {
  test.each<[string, QueryKind]>([
    ['', 'empty'],
    ['  \r\n', 'empty'],
    ['张伟', 'name'],
    ['阿依古丽·买买提', 'name'],
    ['张 wei', 'name'],
    ['6510', 'last4'],
    ['987x', 'last4'],
    ['987X', 'last4'],
    ['BK2026000001', 'code'],
    ['bk2026000001', 'code'],
    ['OD202610061425', 'code'],
    ['CP2889772679', 'code'],
    ['HGZPN5T6QR7J', 'code'],
    ['13418960377', 'code'],
    ['110101197601076510', 'document'],
    ['1101 0119 7601 0765 10', 'document'],
    ['37020219971225987x', 'document'],
    ['110101760107651', 'document'],
    ['M80101731', 'document'],
    ['h1234567801', 'document'],
    ['13083713', 'document'],
    ['1308371302(B)', 'document'],
    ['E07616875', 'document'],
    ['EA1234567', 'document'],
    ['zw', 'initials'],
    ['OYZH', 'initials'],
    ['z w', 'initials'],
    ['wang', 'initials'],
    ['zhangwei', 'pinyin'],
    ['zhang wei', 'pinyin'],
    ['Zhāng', 'pinyin'],
    ['lü', 'pinyin'],
    ["xi'an", 'pinyin'],
    ['ou-yang', 'pinyin'],
    ['z', 'unknown'],
    ['???', 'unknown'],
    ['zw!', 'unknown'],
    ['12', 'unknown'],
  ])('%j is %s', (q, kind) => {
    expect(classifyQuery(q)).toBe(kind);
  });

  test('property: generated ID, permit and passport numbers are documents, also spaced and lower-cased', () => {
    fc.assert(
      fc.property(fc.integer(), fc.nat(3), (seed, which) => {
        const rng = mulberry32(seed);
        const n = [() => generateCnId(rng, { birthYearFrom: 1950, birthYearTo: 2010 }), () => generatePermit(rng, 'HK_MO_PERMIT'), () => generatePermit(rng, 'TW_PERMIT'), () => generatePassport(rng)][which]!();
        expect(classifyQuery(n)).toBe('document');
        expect(classifyQuery(n.toLowerCase())).toBe('document');
        expect(classifyQuery(` ${n.slice(0, 4)} ${n.slice(4)}\r\n`)).toBe('document');
      }),
    );
    fc.assert(fc.property(arbCnId.chain(arbSpaced), (q) => classifyQuery(q) === 'document'));
  });

  test('property: booking ids are codes, 4 digits (or 3 and X) are last4', () => {
    fc.assert(fc.property(arbDigits(10), (d) => classifyQuery(`BK${d}`) === 'code'));
    fc.assert(fc.property(arbDigits(3), fc.constantFrom(...'0123456789Xx'), (d, last) => classifyQuery(d + last) === 'last4'));
  });

  test('property: 2-4 letters are initials, names are names, their pinyin is pinyin', () => {
    const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ');
    fc.assert(fc.property(fc.string({ unit: letter, minLength: 2, maxLength: 4 }), (q) => classifyQuery(q) === 'initials'));
    fc.assert(
      fc.property(arbHanName, ({ name }) => {
        expect(classifyQuery(name)).toBe('name');
        expect(classifyQuery(toPinyin(name).full)).toBe('pinyin');
      }),
    );
  });

  test('property: padding, control characters and full-width forms never change the kind', () => {
    const arbQuery = fc.oneof(
      arbCnId,
      arbHanName.map((n) => n.name),
      arbHanName.map((n) => toPinyin(n.name).full),
      fc.string({ unit: fc.constantFrom(...'abzAZ09X- '), maxLength: 14 }),
    );
    const toFullWidth = (s: string): string => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
    fc.assert(
      fc.property(arbQuery, (q) => {
        const kind = classifyQuery(q);
        expect(classifyQuery(`\u0002 ${q}\t\r\n`)).toBe(kind);
        expect(classifyQuery(toFullWidth(q))).toBe(kind);
      }),
    );
  });

  test('lookupKey gives the key to compare with each column', () => {
    expect(lookupKey(' 1101 0119 7601 0765 1x ')).toEqual({ kind: 'document', key: '11010119760107651X' });
    expect(lookupKey('987x')).toEqual({ kind: 'last4', key: '987X' });
    expect(lookupKey('bk2026000001')).toEqual({ kind: 'code', key: 'BK2026000001' });
    expect(lookupKey('阿依古丽 · 买买提')).toEqual({ kind: 'name', key: '阿依古丽买买提' });
    expect(lookupKey('wang')).toEqual({ kind: 'initials', key: 'wang', pinyinKey: 'wang' });
    expect(lookupKey('z')).toEqual({ kind: 'unknown', key: '' });
  });
});
