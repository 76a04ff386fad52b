import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { toPinyin } from '../../shared/names/pinyin';
import { lookupKey, searchKeys } from '../../shared/names/search-keys';
import { arbHanName } from './arbitraries';

describe('searchKeys: index columns for the check-in search', () => {
  test('张伟 is found by zw, zhangwei and zhang wei', () => {
    const keys = searchKeys('张伟');
    expect(keys).toEqual({ pinyinCompact: 'zhangwei', initials: 'zw' });
    expect(lookupKey('zw')).toMatchObject({ kind: 'initials', key: keys.initials });
    expect(lookupKey('ZW')).toMatchObject({ kind: 'initials', key: keys.initials });
    for (const q of ['zhangwei', 'zhang wei', 'Zhāng Wěi', 'ZHANG-WEI']) {
      expect(lookupKey(q), q).toEqual({ kind: 'pinyin', key: keys.pinyinCompact });
    }
  });

  test('ü names are found by lü, lv, lyu, lu: and lu (search folds ü to u)', () => {
    const keys = searchKeys('王律', 'Wang Lü');
    expect(keys).toEqual({ pinyinCompact: 'wanglu', initials: 'wl' });
    for (const q of ['wanglü', 'wang lv', 'WANG LYU', 'wang lu:', 'wanglu']) expect(lookupKey(q).key, q).toBe('wanglu');
  });

  test('compound surnames, dotted and Latin names', () => {
    expect(searchKeys('欧阳子涵')).toEqual({ pinyinCompact: 'ouyangzihan', initials: 'oyzh' });
    expect(searchKeys('阿依古丽·买买提')).toEqual({ pinyinCompact: 'ayigulimaimaiti', initials: 'ayglmmt' });
    expect(searchKeys('ZIHAN GUO')).toEqual({ pinyinCompact: 'zihanguo', initials: 'zg' });
  });

  test('the registered pinyin settles polyphonic characters, for both columns', () => {
    expect(searchKeys('徐乐', 'Xu Yue')).toEqual({ pinyinCompact: 'xuyue', initials: 'xy' });
    expect(searchKeys('徐乐')).toEqual({ pinyinCompact: 'xule', initials: 'xl' });
    expect(searchKeys('林雨萱', 'Lin Yuxuan')).toEqual({ pinyinCompact: 'linyuxuan', initials: 'lyx' });
    // a spelling the characters cannot give (Cantonese) is not indexed: both columns stay Mandarin
    expect(searchKeys('张伟', 'Cheung Wai')).toEqual({ pinyinCompact: 'zhangwei', initials: 'zw' });
    expect(searchKeys('GUO ZIHAN', 'Kwok Tsz Hon')).toEqual({ pinyinCompact: 'kwoktszhon', initials: 'kth' });
    expect(searchKeys('张伟', '  ')).toEqual(searchKeys('张伟'));
  });

  test("property: the name's pinyin, typed spaced or compact, looks up its pinyinCompact", () => {
    fc.assert(
      fc.property(arbHanName, ({ name }) => {
        const keys = searchKeys(name);
        const p = toPinyin(name);
        expect(lookupKey(p.full)).toEqual({ kind: 'pinyin', key: keys.pinyinCompact });
        const compact = lookupKey(p.compact);
        expect(compact.kind === 'pinyin' ? compact.key : compact.pinyinKey).toBe(keys.pinyinCompact);
        expect(searchKeys(name, p.full)).toEqual(keys);
      }),
    );
  });

  test('property: one initial per character, each the first letter of its syllable, looked up by itself', () => {
    fc.assert(
      fc.property(arbHanName, ({ name }) => {
        const { initials } = searchKeys(name);
        const syllables = toPinyin(name).full.split(' ');
        expect(initials).toBe(syllables.map((s) => s[0]).join(''));
        expect(initials).toMatch(/^[a-z]+$/);
        if (initials.length <= 4) expect(lookupKey(initials)).toMatchObject({ kind: 'initials', key: initials });
      }),
    );
  });
});
