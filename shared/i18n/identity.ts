import type { DomainMessages } from './messages';

/**
 * Identity documents, document-number checks (DAY-3, DAY-5), name matching (DAY-4) and the
 * check-in search box. Keys mirror the codes in shared/identity/error-codes.ts,
 * shared/identity/document-types.ts, shared/names/match.ts and shared/names/query-kind.ts;
 * test/identity/messages.test.ts fails when a code has no text.
 */
export const identityMessages: DomainMessages = {
  'zh-CN': {
    documentType: {
      CN_ID: '居民身份证',
      HK_MO_PERMIT: '港澳居民来往内地通行证',
      TW_PERMIT: '台湾居民来往大陆通行证',
      PASSPORT: '护照',
      NATIONAL_ID: '外国身份证件',
      DRIVING_LICENCE: '驾驶证',
    },
    formatHint: {
      CN_ID: '18 位：17 位数字加 1 位校验码（数字或 X）。',
      HK_MO_PERMIT: 'H（香港）或 M（澳门）加 8 位数字，可带 2 位换证次数。',
      TW_PERMIT: '8 位数字，旧版可带 2 位签发次数和括号内的签发机关代码。',
      PASSPORT: '5 至 17 位字母或数字。',
      NATIONAL_ID: '4 至 20 位字母或数字。',
      DRIVING_LICENCE: '4 至 20 位字母或数字。',
    },
    error: {
      EMPTY: '请输入证件号码。',
      LENGTH: '证件号码的位数不对，请核对后重新输入。',
      CHARS: '证件号码里有不该出现的字符，请核对后重新输入。',
      FORMAT: '证件号码的格式与所选证件类型不符。',
      FIRST_GENERATION: '这是 15 位的第一代身份证号码。第一代身份证自 2013 年起已停止使用，请出示第二代居民身份证。',
      REGION: '身份证号码的前两位不是有效的省级地区代码，请核对是否录错。',
      BIRTH_DATE: '身份证号码中的出生日期（第 7 至 14 位）不成立：日期不存在、早于 1900 年或晚于今天。',
      CHECK_DIGIT: '身份证号码最后一位校验码对不上，很可能有一位录错或两位颠倒，请对照证件逐位核对。',
      UNKNOWN_TYPE: '无法识别的证件类型。',
    },
    nameMatch: {
      exact: '证件上的姓名与报名姓名一致。',
      pinyin: '证件上的姓名与报名姓名的拼音一致。',
      mismatch: '证件上的姓名与报名姓名不一致。',
    },
    queryKind: {
      empty: '请输入要查找的内容',
      name: '按姓名查找',
      last4: '按证件号码后四位查找',
      code: '按预约号或考试码查找',
      document: '按证件号码查找',
      initials: '按姓名拼音首字母查找',
      pinyin: '按姓名拼音查找',
      unknown: '无法识别：请输入姓名、拼音、证件号码或预约号',
    },
  },
  en: {
    documentType: {
      CN_ID: 'Mainland resident ID card',
      HK_MO_PERMIT: 'Mainland Travel Permit for Hong Kong and Macao Residents',
      TW_PERMIT: 'Mainland Travel Permit for Taiwan Residents',
      PASSPORT: 'Passport',
      NATIONAL_ID: 'National ID card',
      DRIVING_LICENCE: 'Driving licence',
    },
    formatHint: {
      CN_ID: '18 characters: 17 digits and a check character (a digit or X).',
      HK_MO_PERMIT: 'H (Hong Kong) or M (Macao) and 8 digits, optionally followed by the 2-digit issue count.',
      TW_PERMIT: '8 digits; older permits may add a 2-digit issue count and an office code in brackets.',
      PASSPORT: '5 to 17 letters or digits.',
      NATIONAL_ID: '4 to 20 letters or digits.',
      DRIVING_LICENCE: '4 to 20 letters or digits.',
    },
    error: {
      EMPTY: 'Enter the document number.',
      LENGTH: 'The document number has the wrong number of characters. Check it and enter it again.',
      CHARS: 'The document number contains a character that does not belong there. Check it and enter it again.',
      FORMAT: 'The document number does not have the format of the selected document type.',
      FIRST_GENERATION: 'This is a 15-digit first-generation ID number. First-generation ID cards are no longer valid since 2013; ask for the second-generation card.',
      REGION: 'The first two digits of the ID number are not a valid province code. Check for a typing error.',
      BIRTH_DATE: 'The birth date in the ID number (digits 7 to 14) is impossible: the date does not exist, is before 1900 or is after today.',
      CHECK_DIGIT: 'The check character at the end of the ID number does not match. One digit is probably wrong or two are swapped; compare it with the card digit by digit.',
      UNKNOWN_TYPE: 'Unknown document type.',
    },
    nameMatch: {
      exact: 'The name on the document matches the registered name.',
      pinyin: 'The name on the document matches the pinyin of the registered name.',
      mismatch: 'The name on the document does not match the registered name.',
    },
    queryKind: {
      empty: 'Type something to search for',
      name: 'Searching by name',
      last4: 'Searching by the last four characters of the document number',
      code: 'Searching by booking or admission code',
      document: 'Searching by document number',
      initials: 'Searching by pinyin initials',
      pinyin: 'Searching by pinyin',
      unknown: 'Not recognised: type a name, its pinyin, a document number or a booking code',
    },
  },
};
