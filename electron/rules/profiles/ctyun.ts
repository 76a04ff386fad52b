import { HISTORY_START, documents, type ProfileData } from './common';

/** China Telecom Cloud (CTyun) certification exams (000). */
export const ctyunV1: ProfileData = {
  id: 'ctyun',
  version: 1,
  name: { 'zh-CN': '天翼云认证', en: 'CTyun certification' },
  sponsor: 'CTyun',
  effectiveFrom: HISTORY_START,
  effectiveTo: null,
  sources: ['000'],
  notes: [
    'DAY-1, DAY-3: the CTyun guide (000) has no arrival or document rule; the center applies its test-center rules (arrive 30 minutes before, China documents). Change these parameters if CTyun says otherwise.',
    'CTyun has no change, cancel, refund or retake rule in the sources: those decisions are not applicable.',
  ],
  parameters: {
    lifecycle: false,
    booking: { nationalExamDates: false, closesMinutesBefore: 30 },
    admission: { rule: 'arrive-before', minutesBefore: 30 },
    documents,
    coupons: { kinds: ['fixed', 'percent'], usesPerCode: 1, returnedOnRefund: false },
  },
};
