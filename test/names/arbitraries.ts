/** fast-check arbitraries for Chinese personal names. */
import fc from 'fast-check';

/** Single and compound surnames, including polyphonic ones read differently as surnames. */
export const SURNAMES = [
  '张',
  '王',
  '李',
  '赵',
  '刘',
  '陈',
  '杨',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
  '林',
  '何',
  '郭',
  '马',
  '罗',
  '吕',
  '单',
  '曾',
  '解',
  '区',
  '朴',
  '查',
  '仇',
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '令狐',
] as const;

export const GIVEN_CHARS = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '涛',
  '明',
  '超',
  '秀',
  '英',
  '华',
  '慧',
  '子',
  '涵',
  '雨',
  '萱',
  '浩',
  '然',
  '思',
  '远',
  '晓',
  '东',
  '律',
  '女',
  '乐',
  '建',
  '国',
  '平',
  '田',
  '芳',
  '婉',
  '儿',
] as const;

export interface ArbName {
  surname: string;
  given: string;
  name: string;
}

/** A Chinese name: a surname and 1 or 2 given-name characters. */
export const arbHanName: fc.Arbitrary<ArbName> = fc
  .tuple(fc.constantFrom(...SURNAMES), fc.array(fc.constantFrom(...GIVEN_CHARS), { minLength: 1, maxLength: 2 }))
  .map(([surname, g]) => ({ surname, given: g.join(''), name: surname + g.join('') }));

/** Pinyin syllables that are no reading of any character above. */
export const FOREIGN_SYLLABLES = ['qiong', 'zhuang', 'shuang', 'chuai', 'kuai', 'nüe', 'sen', 'pou', 'cuan'] as const;
