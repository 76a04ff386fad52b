import type { DomainMessages, Shape } from './messages';

/**
 * The words of a form field the shared request schemas refuse, in the operator's language
 * (renderer/src/forms/schema-resolver.ts turns a zod issue into one of these), and the day input's.
 */
const en = {
  issue: {
    required: 'Required.',
    tooShort: 'At least {{minimum}} characters.',
    tooLong: 'At most {{maximum}} characters.',
    tooSmall: 'At least {{minimum}}.',
    tooBig: 'At most {{maximum}}.',
    notWhole: 'A whole number.',
    invalid: 'Not valid here.',
    date: 'A day that exists, written YYYY-MM-DD.',
  },
  /** The named formats of the shared schemas (their English message says which). */
  format: {
    username: 'Letters, digits, dot, dash or underscore only.',
    roomCode: 'Letters, digits or dash only.',
    time: 'A time like 09:00.',
  },
  day: {
    placeholder: 'YYYY-MM-DD',
  },
};

const zh: Shape<typeof en> = {
  issue: {
    required: '必填。',
    tooShort: '至少 {{minimum}} 个字符。',
    tooLong: '最多 {{maximum}} 个字符。',
    tooSmall: '不能小于 {{minimum}}。',
    tooBig: '不能大于 {{maximum}}。',
    notWhole: '须为整数。',
    invalid: '此处的值无效。',
    date: '须为存在的日期，格式 YYYY-MM-DD。',
  },
  format: {
    username: '只能用字母、数字、点、短横线或下划线。',
    roomCode: '只能用字母、数字或短横线。',
    time: '时间格式如 09:00。',
  },
  day: {
    placeholder: 'YYYY-MM-DD',
  },
};

export const formsMessages: DomainMessages = { 'zh-CN': zh, en };
