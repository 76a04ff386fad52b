/**
 * Two-character (compound) surnames, so a name can be split into surname and given name for
 * Latin spellings that put the given name first (OUYANG ZIHAN / ZIHAN OUYANG). Taken from the
 * compound surnames of the traditional surname list and those common today; a 2-character
 * name is never split this way (欧阳 alone is surname 欧 + given name 阳).
 */
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set([
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
  '万俟',
  '夏侯',
  '闻人',
  '赫连',
  '公羊',
  '澹台',
  '公冶',
  '宗政',
  '濮阳',
  '淳于',
  '单于',
  '太叔',
  '申屠',
  '仲孙',
  '轩辕',
  '钟离',
  '宇文',
  '长孙',
  '鲜于',
  '闾丘',
  '司徒',
  '司空',
  '亓官',
  '司寇',
  '子车',
  '颛孙',
  '端木',
  '巫马',
  '公西',
  '漆雕',
  '乐正',
  '壤驷',
  '公良',
  '拓跋',
  '夹谷',
  '宰父',
  '谷梁',
  '段干',
  '百里',
  '东郭',
  '南门',
  '呼延',
  '羊舌',
  '微生',
  '梁丘',
  '左丘',
  '东门',
  '西门',
  '南宫',
  '第五',
]);

/** How many leading characters of a Chinese name are the surname: 2 for a compound surname, else 1. */
export function surnameLength(chars: readonly string[]): 1 | 2 {
  if (chars.length >= 3 && COMPOUND_SURNAMES.has((chars[0] ?? '') + (chars[1] ?? ''))) return 2;
  return 1;
}
