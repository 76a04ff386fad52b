import { TENCENT_SWITCH, certificate, documents, type ProfileData } from './common';

/** Tencent Cloud certification, test-center flow from 2025-04-01 (001, 003). */
export const tencentTestCenterV1: ProfileData = {
  id: 'tencent-test-center',
  version: 1,
  name: { 'zh-CN': '腾讯云认证（考试中心模式）', en: 'Tencent Cloud certification (test-center flow)' },
  sponsor: 'Tencent Cloud',
  effectiveFrom: TENCENT_SWITCH,
  effectiveTo: null,
  sources: ['001', '003'],
  notes: [
    'RES-2: the terms (001 3.8) release theory results after 3 days, the 2025 guide shows them 30 minutes after the exam; both are kept (releaseDelayDays.theory, theoryShownAfterMinutes).',
    'PAY-1: 001 and 003 give 5 days from payment; 003 also says "within the order validity" for the refund request, which the engine applies to enterprise (redeem-code) orders only.',
    'DAY-3: the English documentation (003) accepts any unexpired government photo ID; requests with centerRegion "international" use that list.',
    'REP-3: RULES.md gives no number of days; 0 means the images are purged the day after the certification ends.',
  ],
  parameters: {
    lifecycle: true,
    order: {
      validityMonths: 12,
      validityMonthsIfBookedBeforePayment: 6,
      reminderDaysBefore: [90, 60, 30, 15],
      attemptsPerOrder: 1,
    },
    booking: { nationalExamDates: false },
    change: { rule: 'hours-before', hoursBefore: 72, daysBeforeIfBookedBeforePayment: 10, centerFaultMovesFree: true },
    admission: { rule: 'arrive-before', minutesBefore: 30 },
    documents,
    results: {
      releaseDelayDays: { theory: 3, lab: 14, interview: 5 },
      theoryShownAfterMinutes: 30,
      passMarks: {},
    },
    retake: { rule: 'none' },
    certificate,
    refund: { rule: 'window', windowHours: 120, requiresNoAppointment: true, refundsPerOrder: 1, enterpriseWithinValidity: true, couponsReturned: false },
    redeemCodes: { validityMonths: 12 },
    retention: { imageRetentionDaysAfterEnd: 0 },
  },
};
