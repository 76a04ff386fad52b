import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { matchName } from '../../shared/names/match';
import { toPinyin } from '../../shared/names/pinyin';
import { readName } from '../../shared/names/readings';
import { arbHanName, FOREIGN_SYLLABLES } from './arbitraries';

const upperWords = (s: string): string => s.toUpperCase();

describe('DAY-4 name on the document equals the registered name', () => {
  test('DAY-4 exact after white-space and full-width normalisation', () => {
    expect(matchName({ name: '张伟' }, '张伟')).toBe('exact');
    expect(matchName({ name: '张伟' }, ' 张 伟 ')).toBe('exact');
    expect(matchName({ name: '张　伟' }, '张伟\r\n')).toBe('exact');
    expect(matchName({ name: 'ZIHAN GUO' }, 'ＺＩＨＡＮ　ＧＵＯ')).toBe('exact');
    expect(matchName({ name: 'Zihan  Guo' }, 'ZIHAN GUO')).toBe('exact');
  });

  test.each(['阿依古丽·买买提', '阿依古丽•买买提', '阿依古丽・买买提', '阿依古丽.买买提', '阿依古丽 · 买买提', '阿依古丽买买提', '阿依古丽．买买提'])(
    'DAY-4 exact for a minority name whatever middle dot is used: %s',
    (onDoc) => {
      expect(matchName({ name: '阿依古丽·买买提' }, onDoc)).toBe('exact');
    },
  );

  test('DAY-4 a different Chinese name is a mismatch, also a homophone (张伟 / 章伟) and a longer name', () => {
    expect(matchName({ name: '张伟' }, '章伟')).toBe('mismatch');
    expect(matchName({ name: '张伟' }, '张伟伟')).toBe('mismatch');
    expect(matchName({ name: '张伟' }, '张')).toBe('mismatch');
    expect(matchName({ name: '张伟' }, '')).toBe('mismatch');
    expect(matchName({ name: '张伟' }, ' \u0000 ')).toBe('mismatch');
  });
});

describe('DAY-4 name on the document equals the pinyin of the registered name', () => {
  test.each(['ZHANG WEI', 'Zhang Wei', 'ZHANGWEI', 'zhang-wei', 'ZHANG<<WEI', 'ZHANG, WEI', 'WEI ZHANG', 'Wei Zhang', 'ＺＨＡＮＧ　ＷＥＩ'])('DAY-4 张伟 / %s is a pinyin match (either order)', (onDoc) => {
    expect(matchName({ name: '张伟' }, onDoc)).toBe('pinyin');
  });

  test.each(['ZHANG WEN', 'LI WEI', 'ZHANG', 'ZHANG WEI WEI', 'ZHANGWEIX', 'WEIZHANGWEI'])('DAY-4 张伟 / %s is a mismatch', (onDoc) => {
    expect(matchName({ name: '张伟' }, onDoc)).toBe('mismatch');
  });

  test.each(['WANG LYU', 'WANG LV', 'WANG LÜ', 'Wang Lü', 'WANG LU:', 'WANG LU', 'LYU WANG', 'LV WANG', 'wanglyu'])('DAY-4 ü: 王律 (sample roster pinyin "Wang Lü") / %s is a pinyin match', (onDoc) => {
    expect(matchName({ name: '王律', pinyin: 'Wang Lü' }, onDoc)).toBe('pinyin');
    expect(matchName({ name: '王律' }, onDoc)).toBe('pinyin');
  });

  test('DAY-4 ü: 吕 and 女 in every accepted spelling', () => {
    for (const onDoc of ['LYU BU', 'LV BU', 'LU BU', 'BU LYU', 'lü bu']) expect(matchName({ name: '吕布' }, onDoc), onDoc).toBe('pinyin');
    for (const onDoc of ['LI NYU', 'LI NV', 'LI NU', 'LI NÜ', 'LINV', 'LINU', 'NYU LI']) expect(matchName({ name: '李女' }, onDoc), onDoc).toBe('pinyin');
  });

  test('DAY-4 ü: plain u is accepted only where the registered name has ü (卢 lu is not 吕 lü)', () => {
    expect(matchName({ name: '卢伟' }, 'LU WEI')).toBe('pinyin');
    expect(matchName({ name: '卢伟' }, 'LV WEI')).toBe('mismatch');
    expect(matchName({ name: '卢伟' }, 'LYU WEI')).toBe('mismatch');
    expect(matchName({ name: '林雨' }, 'LIN YU')).toBe('pinyin');
    expect(matchName({ name: '林雨' }, 'LI NV')).toBe('mismatch');
  });

  test.each([
    ['欧阳子涵', 'OUYANG ZIHAN'],
    ['欧阳子涵', 'ZIHAN OUYANG'],
    ['欧阳子涵', 'OU YANG ZI HAN'],
    ['欧阳子涵', 'ZI HAN OUYANG'],
    ['司马乐', 'SIMA LE'],
    ['司马乐', 'LE SIMA'],
    ['诸葛亮', 'LIANG ZHUGE'],
    ['上官婉儿', 'WANER SHANGGUAN'],
    ['尉迟恭', 'YUCHI GONG'],
  ])('DAY-4 compound surname %s / %s is a pinyin match', (name, onDoc) => {
    expect(matchName({ name }, onDoc)).toBe('pinyin');
  });

  test('DAY-4 compound surname: moving only half of the surname is a mismatch', () => {
    expect(matchName({ name: '欧阳子涵' }, 'YANG ZIHAN OU')).toBe('mismatch');
    expect(matchName({ name: '欧阳子涵' }, 'ZIHAN YANG OU')).toBe('mismatch');
  });

  test.each([
    ['单田芳', 'SHAN TIANFANG'],
    ['单田芳', 'TIANFANG SHAN'],
    ['曾国藩', 'ZENG GUOFAN'],
    ['仇英', 'QIU YING'],
    ['解缙', 'XIE JIN'],
    ['区志坚', 'OU ZHIJIAN'],
    ['朴树', 'PIAO SHU'],
    ['查良镛', 'ZHA LIANGYONG'],
    ['乐嘉', 'YUE JIA'],
  ])('DAY-4 polyphonic surname %s / %s (surname reading) is a pinyin match', (name, onDoc) => {
    expect(matchName({ name }, onDoc)).toBe('pinyin');
  });

  test('DAY-4 polyphonic characters: another reading of the same character is accepted (徐乐 XU YUE), other syllables are not', () => {
    expect(matchName({ name: '徐乐' }, 'XU LE')).toBe('pinyin');
    expect(matchName({ name: '徐乐' }, 'XU YUE')).toBe('pinyin');
    expect(matchName({ name: '单田芳' }, 'DAN TIANFANG')).toBe('pinyin');
    expect(matchName({ name: '单田芳' }, 'SHEN TIANFANG')).toBe('mismatch');
    expect(matchName({ name: '曾国藩' }, 'ZHENG GUOFAN')).toBe('mismatch');
  });

  test('DAY-4 the registered pinyin counts, in either order (the roster may have a spelling the characters do not give)', () => {
    expect(matchName({ name: '林雨萱', pinyin: 'Lin Yuxuan' }, 'YUXUAN LIN')).toBe('pinyin');
    expect(matchName({ name: '𠀀明', pinyin: 'Jiang Ming' }, 'MING JIANG')).toBe('pinyin');
    expect(matchName({ name: '𠀀明' }, 'JIANG MING')).toBe('mismatch');
  });

  test('DAY-4 dotted names in Latin: parts in either order', () => {
    expect(matchName({ name: '阿依古丽·买买提' }, 'AYIGULI MAIMAITI')).toBe('pinyin');
    expect(matchName({ name: '阿依古丽·买买提' }, 'MAIMAITI AYIGULI')).toBe('pinyin');
    expect(matchName({ name: '阿依古丽·买买提' }, 'AYIGULI MAIMAITA')).toBe('mismatch');
  });

  test('DAY-4 Latin registered names (passport holders): the words in either order, nothing else', () => {
    expect(matchName({ name: 'ZIHAN GUO' }, 'GUO ZIHAN')).toBe('pinyin');
    expect(matchName({ name: 'ZIHAN GUO' }, 'GUO<<ZIHAN')).toBe('pinyin');
    expect(matchName({ name: 'ZIHAN GUO' }, 'GUO ZIHAO')).toBe('mismatch');
    expect(matchName({ name: 'ZIHAN GUO' }, '郭子涵')).toBe('mismatch');
    expect(matchName({ name: 'MARY ANN SMITH' }, 'SMITH MARY ANN')).toBe('pinyin');
    expect(matchName({ name: 'MARY ANN SMITH' }, 'ANN SMITH MARY')).toBe('pinyin');
    expect(matchName({ name: 'MARY ANN SMITH' }, 'SMITH ANN MARY')).toBe('mismatch');
  });

  test('DAY-4 property: any Chinese name matches itself exactly, with any spacing', () => {
    fc.assert(
      fc.property(arbHanName, fc.array(fc.constantFrom('', ' ', '\u3000'), { minLength: 5, maxLength: 5 }), ({ name }, gaps) => {
        const spaced = [...name].map((c, i) => (gaps[i] ?? '') + c).join('');
        expect(matchName({ name }, spaced)).toBe('exact');
      }),
    );
  });

  test('DAY-4 property: its pinyin matches surname first or given name first, any case and spacing', () => {
    fc.assert(
      fc.property(arbHanName, fc.boolean(), ({ name, surname, given }, spacedSyllables) => {
        const s = toPinyin(surname).compact;
        const g = spacedSyllables ? toPinyin(given).full : toPinyin(given).compact;
        expect(matchName({ name }, upperWords(`${s} ${g}`))).toBe('pinyin');
        expect(matchName({ name }, upperWords(`${g} ${s}`))).toBe('pinyin');
        expect(matchName({ name, pinyin: `${s} ${g}` }, `${g},${s}`)).toBe('pinyin');
      }),
    );
  });

  test('DAY-4 property: replacing one syllable by a syllable that is no reading of the name is a mismatch', () => {
    fc.assert(
      fc.property(arbHanName, fc.nat(), fc.constantFrom(...FOREIGN_SYLLABLES), ({ name }, at, foreign) => {
        const readings = readName(name)
          .segments.flat()
          .flatMap((u) => u.alternatives);
        fc.pre(!readings.includes(foreign));
        const syllables = toPinyin(name).full.split(' ');
        syllables[at % syllables.length] = foreign;
        expect(matchName({ name }, syllables.join(' ').toUpperCase())).toBe('mismatch');
      }),
    );
  });
});
