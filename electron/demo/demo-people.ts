import { generateCnId, generatePassport, generatePermit } from '../../shared/identity/generate';
import { pick, randomInt, type Rng } from '../../shared/identity/random';
import { toPinyin } from '../../shared/names/pinyin';

/** Generated people for the demo day: common names, a few compound and ü surnames; nobody real. */
const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '林',
  '罗',
  '高',
  '郑',
  '梁',
  '谢',
  '宋',
  '唐',
  '许',
  '韩',
  '冯',
  '邓',
  '曹',
  '彭',
  '曾',
  '肖',
  '田',
  '董',
  '潘',
  '袁',
  '蔡',
  '蒋',
  '余',
  '吕',
  '欧阳',
  '司马',
  '诸葛',
];
const GIVEN = [
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
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '霞',
  '平',
  '刚',
  '桂英',
  '建华',
  '文',
  '华',
  '晓东',
  '海燕',
  '子涵',
  '浩然',
  '雨桐',
  '欣怡',
  '梓轩',
  '思远',
  '嘉怡',
  '一鸣',
  '婷',
  '宇',
  '鑫',
  '佳琪',
  '晨',
  '律',
  '女英',
  '绿洲',
  '乐',
  '雨萱',
];
/**
 * Names the desk's search must handle, placed at fixed positions so every seed has them:
 * ü readings (吕 lü, 律 lü, 女 nü), compound surnames (欧阳, 司马) and a polyphonic one (曾 Zeng).
 */
const FEATURED: Record<number, [surname: string | null, given: string | null]> = {
  2: ['吕', null],
  5: ['欧阳', null],
  9: ['司马', null],
  13: [null, '律'],
  21: [null, '女英'],
  30: ['曾', null],
};
const LATIN_NAMES = ['Emily Carter', 'Daniel Okafor', 'Sophie Martin', 'Lucas Becker'];
/** Mainland address codes: mostly Shenzhen and Guangzhou, some from elsewhere. */
const REGIONS = ['440305', '440305', '440304', '440106', '110101', '310104', '420111', '510107', '330106', '370202'];

export type DemoIdType = 'CN_ID' | 'HK_MO_PERMIT' | 'TW_PERMIT' | 'PASSPORT';

export interface DemoPerson {
  name: string;
  pinyin: string | null;
  idType: DemoIdType;
  idNumber: string;
  phone: string;
  email: string;
}

/** Pinyin as a roster spells it: surname, space, given name: "Wang Lü", "Ouyang Zihan". */
function rosterPinyin(name: string, surname: string): string {
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const syllables = toPinyin(name).full.split(' ');
  const n = [...surname].length;
  return `${cap(syllables.slice(0, n).join(''))} ${cap(syllables.slice(n).join(''))}`;
}

/**
 * The person on the `index`-th appointment of the day. About 9 in 100 hold a Hong Kong/Macau or
 * Taiwan permit; `passport` makes a foreign national with a Latin name.
 */
export function demoPerson(rng: Rng, index: number, passport = false): DemoPerson {
  const roll = rng();
  const phone = `1${pick(rng, ['3', '5', '8'])}${String(randomInt(rng, 0, 999_999_999)).padStart(9, '0')}`;
  const email = `cand${String(index + 1).padStart(3, '0')}@example.com`;
  if (passport) return { name: pick(rng, LATIN_NAMES), pinyin: null, idType: 'PASSPORT', idNumber: generatePassport(rng), phone, email };

  const featured = FEATURED[index];
  const surname = featured?.[0] ?? pick(rng, SURNAMES);
  const name = surname + (featured?.[1] ?? pick(rng, GIVEN));
  const pinyin = rosterPinyin(name, surname);
  if (roll < 0.05) return { name, pinyin, idType: 'HK_MO_PERMIT', idNumber: generatePermit(rng, 'HK_MO_PERMIT'), phone, email };
  if (roll < 0.09) return { name, pinyin, idType: 'TW_PERMIT', idNumber: generatePermit(rng, 'TW_PERMIT'), phone, email };
  return {
    name,
    pinyin,
    idType: 'CN_ID',
    idNumber: generateCnId(rng, { birthYearFrom: 1970, birthYearTo: 2005, regions: REGIONS }),
    phone,
    email,
  };
}
