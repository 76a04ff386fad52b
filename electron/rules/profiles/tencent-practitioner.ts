import { HISTORY_START, certificate, type ProfileData } from './common';

/** Tencent Cloud practitioner exam: online, 3 attempts per purchase, not refundable (001). */
export const tencentPractitionerV1: ProfileData = {
  id: 'tencent-practitioner',
  version: 1,
  name: { 'zh-CN': '腾讯云从业者认证', en: 'Tencent Cloud practitioner certification' },
  sponsor: 'Tencent Cloud',
  effectiveFrom: HISTORY_START,
  effectiveTo: null,
  sources: ['001'],
  notes: ['The practitioner exam is taken online: no test-center admission rule applies to it.'],
  parameters: {
    lifecycle: true,
    order: {
      validityMonths: 12,
      validityMonthsIfBookedBeforePayment: 6,
      reminderDaysBefore: [90, 60, 30, 15],
      attemptsPerOrder: 3,
      examMinutes: 90,
    },
    booking: { nationalExamDates: false },
    results: { releaseDelayDays: { theory: 0, lab: 0, interview: 0 }, passMarks: { theory: { max: 100, pass: 70 } } },
    retake: { rule: 'attempts' },
    certificate,
    refund: { rule: 'platform-fault-only' },
  },
};
