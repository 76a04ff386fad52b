/**
 * Messages of the rule engine (namespace `rules`): `verdict.*` are the headlines a proctor reads
 * aloud, `reason.*` explain each rule that decided, `remind.*` are things to tell the candidate.
 * Instants arrive formatted in center time ("2026-12-05 09:00"), amounts in yuan ("1600.00").
 */
import type { DomainMessages, Shape } from './messages';
import { bookingReasonEn, bookingReasonZh } from './rules-reason-booking';
import { examReasonEn, examReasonZh } from './rules-reason-exam';
import { verdictEn, verdictZh } from './rules-verdict';

const en = {
  verdict: verdictEn,
  reason: { ...bookingReasonEn, ...examReasonEn },
  remind: {
    changeUntil: 'Free change or cancel until {{until}}.',
    noShowForfeits: 'A no-show forfeits the fee.',
    documents: 'Check that the identity document is the original and unexpired.',
    belongings: 'Belongings other than the document stay outside the exam room.',
    national: { deferral: 'A deferral must be requested before {{closes}}.' },
    result: { guide: 'The 2025 guide shows theory results from {{at}}.' },
    retake: {
      noDeferral: 'The retake cannot be deferred: choose its date carefully.',
      sameCenter: 'The retake must be at the same center {{center}}.',
    },
    redeem: {
      losesEligibility: 'The candidate loses the eligibility to take the exam.',
      oldInvalid: 'The old code becomes invalid.',
    },
    coupon: { final: 'The coupon is not returned, also if the order is refunded.' },
    training: { noRefundAfterDeferral: 'After the deferral the fee is no longer refundable.' },
  },
} as const;

/** zh-CN must have exactly the keys of en. */
const zh: Shape<typeof en> = {
  verdict: verdictZh,
  reason: { ...bookingReasonZh, ...examReasonZh },
  remind: {
    changeUntil: '{{until}} 之前可免费改期或取消。',
    noShowForfeits: '缺考视为弃考，考试费不退。',
    documents: '请核验有效期内的证件原件。',
    belongings: '除证件外，其他私人物品须存放在考场外。',
    national: { deferral: '延期须在 {{closes}} 之前申请。' },
    result: { guide: '按 2025 年指南，理论成绩自 {{at}} 起可查询。' },
    retake: {
      noDeferral: '补考不能延期：请谨慎选择补考时间。',
      sameCenter: '补考须在同一考点 {{center}}。',
    },
    redeem: {
      losesEligibility: '解绑后考生将无法参加考试。',
      oldInvalid: '原兑换码将失效。',
    },
    coupon: { final: '优惠券一经使用不予退还，订单退款时亦同。' },
    training: { noRefundAfterDeferral: '一旦改期，费用将不可退。' },
  },
};

export const rulesMessages: DomainMessages = { 'zh-CN': zh, en };

/** Dotted paths of the leaves of a message tree. */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every key a verdict, reason or reminder may carry. */
export type RuleMessageKey = Leaves<typeof en>;
