import { generateCnId, generatePassport, generatePermit } from '../../shared/identity/generate';
import { pick, randomInt, type Rng } from '../../shared/identity/random';
import { toPinyin } from '../../shared/names/pinyin';

/** Generated people for the demo day: common names, a few compound and ü surnames; nobody real. */
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '潘', '袁', '蔡', '蒋', '余', '吕', '欧阳', '司马', '诸葛'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平', '刚', '桂英', '建华', '文', '华', '晓东', '海燕', '子涵', '浩然', '雨桐', '欣怡', '梓轩', '思远', '嘉怡', '一鸣', '婷', '宇', '鑫', '佳琪', '晨', '律', '女英', '绿洲'];
const LATIN = [
  { name: 'Emily Carter', pinyin: null },
  { name: 'Daniel Okafor', pinyin: null },
];

export interface DemoPerson {
  name: string;
  pinyin: string | null;
  idType: 'CN_ID' | 'HK_MO_PERMIT' | 'TW_PERMIT' | 'PASSPORT';
  idNumber: string;
  phone: string;
  email: string;
}

/** Title-cased pinyin as a roster carries it: "Wang Lü", "Ouyang Jie". */
function rosterPinyin(name: string): string {
  return toPinyin(name)
    .full.split(' ')
    .map((s) => s.charAt(0).toUpperCase() + s.slice(1))
    .join(' ');
}

export function demoPerson(rng: Rng, index: number): DemoPerson {
  const roll = rng();
  const phone = `1${pick(rng, ['3', '5', '8'])}${String(randomInt(rng, 0, 999_999_999)).padStart(9, '0')}`;
  const email = `cand${String(index + 1).padStart(3, '0')}@example.com`;
  if (index === 17) {
    const l = LATIN[0]!;
    return { name: l.name, pinyin: l.pinyin, idType: 'PASSPORT', idNumber: generatePassport(rng), phone, email };
  }
  const surname = pick(rng, SURNAMES);
  const name = surname + pick(rng, GIVEN);
  const pinyin = rosterPinyin(name);
  if (roll < 0.05) return { name, pinyin, idType: 'HK_MO_PERMIT', idNumber: generatePermit(rng, 'HK_MO_PERMIT'), phone, email };
  if (roll < 0.09) return { name, pinyin, idType: 'TW_PERMIT', idNumber: generatePermit(rng, 'TW_PERMIT'), phone, email };
  return {
    name,
    pinyin,
    idType: 'CN_ID',
    idNumber: generateCnId(rng, { birthYearFrom: 1970, birthYearTo: 2005, regions: ['440305', '440304', '440106', '110101', '310104', '420111', '510104', '330106'] }),
    phone,
    email,
  };
}
