import type { z } from 'zod';
import type { policyProfileSchema } from '../../../shared/rules/profile-schema';

/** A profile as written in these data files (validated by loadProfiles). */
export type ProfileData = z.input<typeof policyProfileSchema>;

/** The 2025-04-01 switch of Tencent Cloud exams to the test-center flow (001 notices). */
export const TENCENT_SWITCH = '2025-04-01T00:00:00+08:00';
/** The earliest year of the shipped working-day calendar: the "since ever" of legacy profiles. */
export const HISTORY_START = '2004-01-01T00:00:00+08:00';

export const chinaDocuments = ['CN_ID', 'HK_MO_PERMIT', 'TW_PERMIT'] as const;
export const internationalDocuments = ['PASSPORT', 'NATIONAL_ID', 'DRIVING_LICENCE', 'CN_ID', 'HK_MO_PERMIT', 'TW_PERMIT'] as const;

export const documents = {
  china: [...chinaDocuments],
  international: [...internationalDocuments],
  originalRequired: true,
  staffCheckFor: ['CN_ID' as const],
};

export const certificate = { validityMonths: 24, electronicFrom: '2024-04-01', paperMailedWithinDays: 30 };
