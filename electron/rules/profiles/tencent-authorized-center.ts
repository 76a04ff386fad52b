import { HISTORY_START, TENCENT_SWITCH, certificate, documents, type ProfileData } from './common';

/** Tencent Cloud exams at an authorized exam center, legacy flow before 2025-04-01 (002). */
export const tencentAuthorizedCenterV1: ProfileData = {
  id: 'tencent-authorized-center',
  version: 1,
  name: { 'zh-CN': '腾讯云认证授权考点（旧流程）', en: 'Tencent Cloud authorized exam center (legacy)' },
  sponsor: 'Tencent Cloud',
  effectiveFrom: HISTORY_START,
  effectiveTo: TENCENT_SWITCH,
  sources: ['002'],
  notes: [
    'BOOK-5: exams Monday to Friday; the engine also refuses a public holiday that falls on a weekday, when the center is closed.',
    'DAY-2: the legacy entry window (30 minutes either side of the start) is applied, as RULES.md names it for the legacy profiles.',
    'Refunds are handled by the authorized institution (002), so refund-exam is not applicable here.',
  ],
  parameters: {
    lifecycle: true,
    booking: { nationalExamDates: false, examWeekdays: [1, 2, 3, 4, 5] },
    change: { rule: 'working-day-before', workingDaysBefore: 1 },
    admission: { rule: 'entry-window', opensMinutesBefore: 30, closesMinutesAfter: 30 },
    documents,
    retake: { rule: 'free-once', withinMonths: 3, requestClosesDaysBefore: 10, sameCenter: true },
    certificate,
    notices: { confirmationWithinWorkingDays: 1, ticketDaysBefore: { earliest: 5, latest: 3 }, resultsWithinWorkingDays: 7 },
    retention: { imageRetentionDaysAfterEnd: 0 },
  },
};
