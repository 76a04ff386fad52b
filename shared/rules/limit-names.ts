/**
 * How a verdict names its numbers (#17.6), so a reader can tell a limit's edge from its name:
 * - `…Before`  an exclusive upper limit: allowed while the instant is strictly before it;
 * - `…Through` an inclusive upper limit: allowed up to and including it (its last instant, or the
 *              whole of its local date);
 * - `…From`    an inclusive lower limit: allowed from it on;
 * - `…At`, `…Start`, `…Date` a moment or a day that is not a limit (paidAt, start, examDate).
 * The names before this rule are still printed beside the new ones, for one version
 * (docs/rules.md "Names of limits"); they go in the next one.
 */
import type { DecisionName } from './verdict';

export const LIMIT_SUFFIXES = ['Before', 'Through', 'From', 'At', 'Start', 'Date'] as const;

/** Per decision: new name -> the old name kept as an alias for one version. */
export const OLD_LIMIT_NAMES: Partial<Record<DecisionName, Readonly<Record<string, string>>>> = {
  book: {
    bookingBefore: 'bookingCloses',
    freeChangeBefore: 'freeChangeUntil',
    registrationFrom: 'registrationOpens',
    registrationBefore: 'registrationCloses',
    orderValidThrough: 'orderExpiresAt',
  },
  reschedule: { changeAllowedBefore: 'changeAllowedUntil', deferralUsableThrough: 'deferUsableUntil', orderValidThrough: 'orderExpiresAt' },
  cancel: { cancelAllowedBefore: 'cancelAllowedUntil' },
  'refund-exam': { orderValidThrough: 'orderExpiresAt', refundRequestThrough: 'refundWindowEnds' },
  admission: { arrivalAt: 'arrival', arrivalThrough: 'latestArrival', entryFrom: 'entryOpens', entryBefore: 'entryCloses', orderValidThrough: 'orderExpiresAt' },
  'check-in': { arrivalAt: 'arrival', arrivalThrough: 'latestArrival', entryFrom: 'entryOpens', entryBefore: 'entryCloses', orderValidThrough: 'orderExpiresAt' },
  retake: { retakeRequestBefore: 'requestCloses', retakeThrough: 'retakeBy' },
  certificate: { validThrough: 'validUntil', paperMailedThrough: 'paperMailedBy' },
  'redeem-code': { codeValidThrough: 'codeExpiresAt' },
  'order-expiry': {
    validThrough: 'expiresAt',
    nextReminderAt: 'nextReminder',
    reminder90At: 'reminder90',
    reminder60At: 'reminder60',
    reminder30At: 'reminder30',
    reminder15At: 'reminder15',
  },
  'national-exam-date': {
    lastSaturdayDate: 'lastSaturday',
    registrationFrom: 'registrationOpens',
    registrationBefore: 'registrationCloses',
    deferralBefore: 'deferralCloses',
    retakeRequestBefore: 'retakeRequestCloses',
    ticketThrough: 'ticketBy',
  },
  notices: { confirmationBefore: 'confirmationBy', resultsBefore: 'resultsBy', ticketThrough: 'ticketBy' },
};

/** Every old name of any decision (a verdict's number with one of these names is an alias). */
export function isOldLimitName(decision: DecisionName, name: string): boolean {
  return Object.values(OLD_LIMIT_NAMES[decision] ?? {}).includes(name);
}
