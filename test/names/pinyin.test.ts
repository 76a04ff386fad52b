import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalizePinyin, toPinyin } from '../../shared/names/pinyin';
import { arbHanName } from './arbitraries';

describe('toPinyin', () => {
  test('张伟 -> zhang wei / zw / zhangwei', () => {
    expect(toPinyin('张伟')).toEqual({ full: 'zhang wei', initials: 'zw', compact: 'zhangwei' });
  });

  test.each([
    ['单田芳', 'shan tian fang'],
    ['曾国藩', 'zeng guo fan'],
    ['仇英', 'qiu ying'],
    ['解缙', 'xie jin'],
    ['区志坚', 'ou zhi jian'],
    ['朴树', 'piao shu'],
    ['查良镛', 'zha liang yong'],
    ['乐嘉', 'yue jia'],
  ])('polyphonic surname %s reads as a surname: %s', (name, full) => {
    expect(toPinyin(name).full).toBe(full);
  });

  test('a polyphonic character in the given name keeps its ordinary reading (徐乐 xu le, 单单 shan dan)', () => {
    expect(toPinyin('徐乐').full).toBe('xu le');
    expect(toPinyin('司马乐').full).toBe('si ma le');
    expect(toPinyin('单单').full).toBe('shan dan');
  });

  test.each([
    ['欧阳子涵', 'ou yang zi han', 'oyzh'],
    ['司马懿', 'si ma yi', 'smy'],
    ['上官婉儿', 'shang guan wan er', 'sgwe'],
    ['诸葛亮', 'zhu ge liang', 'zgl'],
    ['东方朔', 'dong fang shuo', 'dfs'],
    ['皇甫嵩', 'huang fu song', 'hfs'],
    ['尉迟恭', 'yu chi gong', 'ycg'],
    ['公孙胜', 'gong sun sheng', 'gss'],
    ['慕容复', 'mu rong fu', 'mrf'],
    ['令狐冲', 'ling hu chong', 'lhc'],
  ])('compound surname %s -> %s (%s)', (name, full, initials) => {
    expect(toPinyin(name)).toEqual({ full, initials, compact: full.replace(/ /g, '') });
  });

  test('ü is kept as ü (王律 from the sample roster, 吕, 女)', () => {
    expect(toPinyin('王律')).toEqual({ full: 'wang lü', initials: 'wl', compact: 'wanglü' });
    expect(toPinyin('吕布').full).toBe('lü bu');
    expect(toPinyin('李女').full).toBe('li nü');
  });

  test('dotted minority names, full-width and Latin names', () => {
    expect(toPinyin('阿依古丽·买买提').full).toBe('a yi gu li mai mai ti');
    expect(toPinyin('ＺＩＨＡＮ　ＧＵＯ')).toEqual({ full: 'zihan guo', initials: 'zg', compact: 'zihanguo' });
    expect(toPinyin('')).toEqual({ full: '', initials: '', compact: '' });
  });

  test('for any Chinese name: one lower-case tone-less syllable per character; compact and initials agree with full', () => {
    fc.assert(
      fc.property(arbHanName, ({ name }) => {
        const p = toPinyin(name);
        const syllables = p.full.split(' ');
        expect(syllables).toHaveLength([...name].length);
        for (const s of syllables) expect(s).toMatch(/^[a-zü]+$/);
        expect(p.compact).toBe(syllables.join(''));
        expect(p.initials).toBe(syllables.map((s) => s[0]).join(''));
      }),
    );
  });
});

describe('normalizePinyin', () => {
  test.each([
    ['Lü', 'lv'],
    ['LV', 'lv'],
    ['lu:', 'lv'],
    ['LYU', 'lv'],
    ['lǚ', 'lv'],
    ['Lü3', 'lv'],
    ['LYUE', 'lve'],
    ['NYU', 'nv'],
    ['Li Nyu', 'linv'],
    ['Wang Lü', 'wanglv'],
  ])('ü equivalences: %s -> %s', (input, out) => {
    expect(normalizePinyin(input)).toBe(out);
  });

  test.each([
    ['Lin Yu', 'linyu'], // 林雨: n + yu across syllables is not ü
    ['LINYU', 'linyu'],
    ['LU', 'lu'], // 卢: plain u is not folded into ü
    ['XÜ', 'xu'], // after j/q/x/y ü is written u
    ['yü', 'yu'],
  ])('no false ü: %s -> %s', (input, out) => {
    expect(normalizePinyin(input)).toBe(out);
  });

  test('case, tones, tone numbers, spaces, hyphens, apostrophes, MRZ fillers and full-width are removed', () => {
    for (const s of ['Zhang Wei', 'ZHANG-WEI', 'zhāng wěi', 'zhang1 wei3', 'ZHANG<<WEI', 'ＺＨＡＮＧ　ＷＥＩ', ' zhang, wei ', "zhang'wei"]) {
      expect(normalizePinyin(s), s).toBe('zhangwei');
    }
    expect(normalizePinyin("Xi'an")).toBe('xian');
  });

  test('is idempotent and its output of a pinyin spelling has only a-z', () => {
    const arb = fc.oneof(
      arbHanName.map(({ name }) => toPinyin(name).full),
      fc.string({ unit: fc.constantFrom(..."abcdeLNUVYüǚ: -'Zz"), maxLength: 20 }),
    );
    fc.assert(
      fc.property(arb, (s) => {
        const n = normalizePinyin(s);
        expect(normalizePinyin(n)).toBe(n);
        expect(n).toMatch(/^[a-z]*$/);
      }),
    );
  });
});
