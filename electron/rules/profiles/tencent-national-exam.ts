import { HISTORY_START, TENCENT_SWITCH, certificate, documents, type ProfileData } from './common';

/** Tencent Cloud national unified exam, the legacy flow before 2025-04-01 (002, 004). */
export const tencentNationalExamV1: ProfileData = {
  id: 'tencent-national-exam',
  version: 1,
  name: { 'zh-CN': '腾讯云认证全国统考（旧流程）', en: 'Tencent Cloud national unified exam (legacy)' },
  sponsor: 'Tencent Cloud',
  effectiveFrom: HISTORY_START,
  effectiveTo: TENCENT_SWITCH,
  sources: ['002', '004'],
  notes: [
    'BOOK-3: 002 says the change must be "more than 10 days" before; 004 fixes the cut at 00:00 ten days before (25th -> 15th 00:00). RULES.md section 8 takes 004.',
    'The start of this profile is not in the sources; it is set to the first year of the calendar so that historic imports are judged by it.',
  ],
  parameters: {
    lifecycle: true,
    booking: { nationalExamDates: true },
    nationalExam: { weekday: 6, holidayShiftDays: 7, registrationOpensMonthsBefore: 3, registrationClosesDaysBefore: 10 },
    change: { rule: 'registration-deadline', deferralsPerRegistration: 1, deferralWithinMonths: 3, retakeDeferrable: false },
    admission: { rule: 'entry-window', opensMinutesBefore: 30, closesMinutesAfter: 30 },
    documents,
    retake: { rule: 'free-once', withinMonths: 3, requestClosesDaysBefore: 10, sameCenter: false },
    certificate,
    refund: { rule: 'window', windowHours: 120, requiresNoAppointment: false, refundsPerOrder: 1, enterpriseWithinValidity: false, couponsReturned: false },
    notices: { confirmationWithinWorkingDays: 1, ticketDaysBefore: { earliest: 5, latest: 3 }, resultsWithinWorkingDays: 7 },
    retention: { imageRetentionDaysAfterEnd: 0 },
  },
};
