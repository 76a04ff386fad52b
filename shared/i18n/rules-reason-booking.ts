/**
 * The rule engine's reasons (namespace `rules`, under `reason`) for orders, bookings, changes,
 * deferrals, refunds and training classes. Composed in `rules.ts`.
 */
import type { Shape } from './messages';

export const bookingReasonEn = {
  order: {
    validity: 'An order is valid {{months}} months from payment: until {{expiresAt}}.',
    validityBookedFirst: 'Booked before payment: the order is valid {{months}} months, until {{expiresAt}}.',
    reminders: 'Expiry reminders {{days}} days before; {{due}} already due.',
    expired: 'The order expired on {{expiresAt}}.',
    refunded: 'The order {{order}} was refunded.',
    unpaid: 'The order {{order}} is not paid.',
  },
  attempts: {
    left: '{{left}} of {{attempts}} attempt(s) left on the order.',
    noneLeft: 'An order buys {{attempts}} attempt(s); none is left.',
  },
  lifecycle: {
    notOnSale: 'On sale from {{onSale}}.',
    stopSale: 'No new orders from the stop-sale date {{stopSale}}.',
    stopService: 'No exams after the stop-service date {{stopService}}.',
  },
  national: {
    lastSaturday: 'The exam is on the last Saturday of the month: {{date}}.',
    shifted: 'The last Saturday {{last}} is a public holiday ({{holiday}}): the exam is one week earlier, {{date}}.',
    open: 'Registration closes at {{closes}}.',
    notOpenYet: 'Registration opens at {{opens}}, 3 months before.',
    closed: 'Registration closed at {{closes}}, 00:00 ten days before.',
    notExamDate: '{{date}} is not the exam date of its month ({{examDate}}).',
  },
  authorized: {
    examDay: '{{date}} is a working weekday.',
    noExamDay: '{{date}} is not a working weekday.',
  },
  ctyun: {
    open: 'Booking closes {{minutes}} minutes before the start: at {{closes}}.',
    closed: 'Booking closed {{minutes}} minutes before the start: at {{closes}}.',
  },
  change: {
    centerFault: 'The center cannot hold the exam: the appointment moves free to the first available date; the candidate may choose another.',
    newInPast: 'The new time {{newStart}} is not in the future.',
    inTime: {
      'BOOK-1': 'Free change or cancel more than 72 hours before: until {{until}}.',
      'BOOK-2': 'Booked before payment: a change needs at least 10 days, until {{until}}.',
      'BOOK-4': 'A deferral is requested before the registration deadline: until {{until}}.',
      'BOOK-5': 'Changes are made at the latest on the last working day before the exam: until {{until}}.',
    },
    late: {
      'BOOK-1': 'Within 72 hours of the appointment no change or cancel (limit {{until}}).',
      'BOOK-2': 'Booked before payment: changes close 10 days before (limit {{until}}).',
      'BOOK-4': 'The registration deadline of this exam has passed (limit {{until}}).',
      'BOOK-5': 'Changes close on the last working day before the exam (limit {{until}}).',
    },
  },
  deferral: {
    retake: 'A retake cannot be deferred.',
    used: 'One deferral per paid registration ({{allowed}}).',
    tooFar: 'A deferral is used within {{months}} months: by {{latest}}.',
  },
  refund: {
    inWindow: 'Within 5 days of payment and no appointment: refundable until {{until}}.',
    windowClosed: 'Refunds only within 5 days of payment: until {{until}}.',
    hasAppointment: 'Refunds only while no appointment is booked.',
    once: 'One refund per order.',
    nothingLeft: 'No unused attempt or code is left.',
    couponKept: 'The coupon of ¥{{coupon}} is not returned.',
    byRatio: '¥{{amount}} goes back by payment method, in the ratio paid.',
    stopService: 'The subject stopped service on {{stopService}}: {{unused}} unused attempt(s) are refundable.',
    enterprise: '{{unused}} of {{total}} redeem codes are unused and refundable.',
    unbindFirst: '{{bound}} bound code(s) must be unbound before the refund.',
    notRefundable: 'The practitioner exam is not refundable.',
    platformFault: 'Refundable only for a platform fault, which a manager must confirm.',
    platformFaultEstablished: 'A manager established a platform fault: refundable in full.',
  },
  training: {
    bandFull: '{{days}} working days before the class (more than 10): {{percent}}%.',
    bandPartial: '{{days}} working days before the class (6 to 10): {{percent}}%.',
    bandNone: '{{days}} working days before the class (5 or fewer): {{percent}}%.',
    classCancelled: 'The class was cancelled for too few students: full refund.',
    deferredNoRefund: 'After a deferral the fee is not refundable.',
    cancelledDeferral: 'A deferral after a cancelled class does not use up the deferral.',
    deferralUsed: '{{allowed}} deferral(s) allowed.',
    deferralLate: '{{days}} working days before the class; at least {{min}} needed.',
    deferralInTime: '{{days}} working days before the class; at least {{min}} needed.',
  },
} as const;

export const bookingReasonZh: Shape<typeof bookingReasonEn> = {
  order: {
    validity: '订单自支付起 {{months}} 个月内有效：至 {{expiresAt}}。',
    validityBookedFirst: '先预约后支付：订单有效期 {{months}} 个月，至 {{expiresAt}}。',
    reminders: '过期前 {{days}} 天提醒；已到期 {{due}} 次。',
    expired: '订单已于 {{expiresAt}} 过期。',
    refunded: '订单 {{order}} 已退款。',
    unpaid: '订单 {{order}} 未支付。',
  },
  attempts: {
    left: '订单共 {{attempts}} 次机会，剩余 {{left}} 次。',
    noneLeft: '一个订单含 {{attempts}} 次考试机会，已用完。',
  },
  lifecycle: {
    notOnSale: '自 {{onSale}} 起开售。',
    stopSale: '自停售日 {{stopSale}} 起不能下新订单。',
    stopService: '停止服务日 {{stopService}} 之后不能考试。',
  },
  national: {
    lastSaturday: '考试在每月最后一个周六：{{date}}。',
    shifted: '最后一个周六 {{last}} 是法定节假日（{{holiday}}）：考试提前一周，为 {{date}}。',
    open: '报名于 {{closes}} 截止。',
    notOpenYet: '报名于考前 3 个月，即 {{opens}} 开放。',
    closed: '报名已于考前 10 天 00:00，即 {{closes}} 截止。',
    notExamDate: '{{date}} 不是当月统考日（{{examDate}}）。',
  },
  authorized: {
    examDay: '{{date}} 是工作日（周一至周五）。',
    noExamDay: '{{date}} 不是周一至周五的工作日。',
  },
  ctyun: {
    open: '开考前 {{minutes}} 分钟停止预约：{{closes}}。',
    closed: '已于开考前 {{minutes}} 分钟停止预约：{{closes}}。',
  },
  change: {
    centerFault: '考点无法举行考试：预约免费顺延至最近可用日期，考生也可另选日期。',
    newInPast: '新的考试时间 {{newStart}} 不在将来。',
    inTime: {
      'BOOK-1': '距考试 72 小时以上可免费改期或取消：截至 {{until}}。',
      'BOOK-2': '先预约后支付：须至少提前 10 天改期，截至 {{until}}。',
      'BOOK-4': '须在报名截止前申请延期：截至 {{until}}。',
      'BOOK-5': '最晚在考试前最后一个工作日改期：截至 {{until}}。',
    },
    late: {
      'BOOK-1': '距考试 72 小时以内不能改期或取消（时限 {{until}}）。',
      'BOOK-2': '先预约后支付：改期须在考前 10 天之前（时限 {{until}}）。',
      'BOOK-4': '本场考试的报名截止时间已过（时限 {{until}}）。',
      'BOOK-5': '改期须在考试前最后一个工作日之前完成（时限 {{until}}）。',
    },
  },
  deferral: {
    retake: '补考不能延期。',
    used: '每次缴费报名有 {{allowed}} 次延期机会。',
    tooFar: '延期须在 {{months}} 个月内使用：{{latest}} 之前。',
  },
  refund: {
    inWindow: '支付后 5 天内且未预约考试：可退款至 {{until}}。',
    windowClosed: '仅支付后 5 天内可退款：截至 {{until}}。',
    hasAppointment: '仅在未预约考试时可退款。',
    once: '每笔订单仅可退款一次。',
    nothingLeft: '没有未使用的考试机会或兑换码。',
    couponKept: '¥{{coupon}} 的优惠券/代金券不予退还。',
    byRatio: '¥{{amount}} 按支付方式及支付比例退还。',
    stopService: '该科目已于 {{stopService}} 停止服务：{{unused}} 次未使用的机会可退款。',
    enterprise: '{{total}} 个兑换码中有 {{unused}} 个未使用，可退款。',
    unbindFirst: '须先解绑 {{bound}} 个已绑定的兑换码。',
    notRefundable: '从业者认证一经售出不予退款。',
    platformFault: '仅平台技术原因可退款，须经理确认。',
    platformFaultEstablished: '经理已确认平台故障：全额退款。',
  },
  training: {
    bandFull: '距开课 {{days}} 个工作日（10 个以上）：退 {{percent}}%。',
    bandPartial: '距开课 {{days}} 个工作日（6 至 10 个）：退 {{percent}}%。',
    bandNone: '距开课 {{days}} 个工作日（5 个及以内）：退 {{percent}}%。',
    classCancelled: '因开班人数不足未开班：全额退款。',
    deferredNoRefund: '改期后费用不可退。',
    cancelledDeferral: '因未开班而延期不占用延期机会。',
    deferralUsed: '允许延期 {{allowed}} 次。',
    deferralLate: '距开课 {{days}} 个工作日；至少需要 {{min}} 个。',
    deferralInTime: '距开课 {{days}} 个工作日；至少需要 {{min}} 个。',
  },
};
