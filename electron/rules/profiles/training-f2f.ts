import { HISTORY_START, type ProfileData } from './common';

/** Tencent Cloud face-to-face training classes: refund and deferral schedule (001). */
export const trainingF2fV1: ProfileData = {
  id: 'training-f2f',
  version: 1,
  name: { 'zh-CN': '面授培训退费规则', en: 'Face-to-face training refunds' },
  sponsor: 'Tencent Cloud',
  effectiveFrom: HISTORY_START,
  effectiveTo: null,
  sources: ['001'],
  notes: ['PAY-4 counts W, the working days strictly between the request date and the class start date (RULES.md section 8). "At least 5 working days before" for a deferral is read as W >= 5.'],
  parameters: {
    lifecycle: false,
    training: {
      fullRefundAboveWorkingDays: 10,
      partialRefundAboveWorkingDays: 5,
      partialRefundPercent: 70,
      deferralMinWorkingDays: 5,
      deferralsAllowed: 1,
    },
  },
};
