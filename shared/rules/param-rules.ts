/**
 * Which rule of ../RULES.md each profile parameter belongs to: reading the parameter is applying
 * the rule, so a verdict that read it names it (issue #17.1; test/rules/rule-reads.test.ts checks
 * this with a tracking context). Keys are `section.field` or a longer path; the longest prefix
 * that is listed wins. A discriminant `rule` field chooses a branch and belongs to no rule itself.
 */
import type { RuleId } from './rule-ids';

type RuleOf = RuleId | null | ((value: unknown) => RuleId | null);
/** A switch that is off applies nothing (lifecycle false: CAT-4 does not apply to this profile). */
const when = (rule: RuleId) => (value: unknown) => (value === false ? null : rule);

export const PARAMETER_RULES: Readonly<Record<string, RuleOf>> = {
  lifecycle: when('CAT-4'),
  'order.validityMonths': 'ORD-1',
  'order.validityMonthsIfBookedBeforePayment': 'ORD-1',
  'order.reminderDaysBefore': 'ORD-2',
  // One attempt per order is ORD-5 (test-center flow), more is ORD-4 (practitioner).
  'order.attemptsPerOrder': (n) => (typeof n === 'number' && n > 1 ? 'ORD-4' : 'ORD-5'),
  'order.examMinutes': 'ORD-4',
  'booking.closesMinutesBefore': 'BOOK-6',
  'booking.examWeekdays': 'BOOK-5',
  'booking.nationalExamDates': when('BOOK-3'),
  'change.rule': null,
  'change.hoursBefore': 'BOOK-1',
  'change.daysBeforeIfBookedBeforePayment': 'BOOK-2',
  'change.centerFaultMovesFree': when('BOOK-7'),
  'change.deferralsPerRegistration': 'BOOK-4',
  'change.deferralWithinMonths': 'BOOK-4',
  'change.retakeDeferrable': 'BOOK-4',
  'change.workingDaysBefore': 'BOOK-5',
  nationalExam: 'BOOK-3',
  'admission.rule': null,
  'admission.minutesBefore': 'DAY-1',
  'admission.opensMinutesBefore': 'DAY-2',
  'admission.closesMinutesAfter': 'DAY-2',
  'documents.china': 'DAY-3',
  'documents.international': 'DAY-3',
  'documents.originalRequired': 'DAY-3',
  'documents.staffCheckFor': 'DAY-5',
  'results.releaseDelayDays': 'RES-2',
  'results.theoryShownAfterMinutes': 'RES-2',
  'results.passMarks': 'RES-1',
  'retake.rule': null,
  retake: 'RES-3',
  'certificate.validityMonths': 'RES-4',
  'certificate.electronicFrom': 'RES-6',
  'certificate.paperMailedWithinDays': 'RES-6',
  'refund.rule': null,
  'refund.windowHours': 'PAY-1',
  'refund.requiresNoAppointment': 'PAY-1',
  'refund.refundsPerOrder': 'PAY-1',
  'refund.enterpriseWithinValidity': 'PAY-5',
  'refund.couponsReturned': 'PAY-2',
  redeemCodes: 'PAY-5',
  coupons: 'PAY-6',
  training: 'PAY-4',
  notices: 'REP-2',
  retention: 'REP-3',
};

/** The rule a parameter path (with the value read) belongs to (longest listed prefix), or null. */
export function ruleOfParameter(path: readonly string[], value: unknown): RuleId | null {
  for (let n = path.length; n > 0; n--) {
    const key = path.slice(0, n).join('.');
    if (key in PARAMETER_RULES) {
      const rule = PARAMETER_RULES[key];
      return typeof rule === 'function' ? rule(value) : (rule ?? null);
    }
  }
  return null;
}
