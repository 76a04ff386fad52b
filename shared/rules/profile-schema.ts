/**
 * A policy profile: one sponsor program's rules as data (../RULES.md). A decision reads only the
 * section it needs; a profile without that section answers NOT_APPLICABLE for that decision.
 * A policy change is a new version with its own effective range, never a code change.
 */
import { z } from 'zod';
import { profileIds } from './profile-ids';
import { documentTypeSchema, instantSchema, localDateSchema } from './primitives';
import { parseInstant } from '../time/zoned';

const positiveInt = z.number().int().positive();
const nonNegativeInt = z.number().int().nonnegative();
const text = z.object({ 'zh-CN': z.string().min(1), en: z.string().min(1) });

/** ORD-1..ORD-5 */
const orderSection = z.object({
  validityMonths: positiveInt.describe('ORD-1: order validity from payment'),
  validityMonthsIfBookedBeforePayment: positiveInt.describe('ORD-1: validity when booked before payment'),
  reminderDaysBefore: z.array(positiveInt).min(1).describe('ORD-2: reminder days before expiry'),
  attemptsPerOrder: positiveInt.describe('ORD-4 / ORD-5: attempts one order buys'),
  examMinutes: positiveInt.optional().describe('ORD-4: exam duration'),
});

/** BOOK-1, BOOK-2, BOOK-4, BOOK-5: when an appointment may be changed or cancelled. */
const changeSection = z.discriminatedUnion('rule', [
  z.object({
    rule: z.literal('hours-before'),
    hoursBefore: positiveInt.describe('BOOK-1: free change/cancel more than N hours before'),
    daysBeforeIfBookedBeforePayment: positiveInt.describe('BOOK-2: change at least N days before'),
    centerFaultMovesFree: z.boolean().describe('BOOK-7'),
  }),
  z.object({
    rule: z.literal('registration-deadline'),
    deferralsPerRegistration: nonNegativeInt.describe('BOOK-4'),
    deferralWithinMonths: positiveInt.describe('BOOK-4: the deferral is used within N months'),
    retakeDeferrable: z.boolean().describe('BOOK-4: a retake cannot be deferred'),
  }),
  z.object({
    rule: z.literal('working-day-before'),
    workingDaysBefore: positiveInt.describe('BOOK-5: change at least N working days before'),
  }),
]);

/** BOOK-3, BOOK-5, BOOK-6: when a new booking is possible. */
const bookingSection = z.object({
  closesMinutesBefore: positiveInt.optional().describe('BOOK-6: booking closes N minutes before the start'),
  examWeekdays: z.array(z.number().int().min(0).max(6)).optional().describe('BOOK-5: weekdays with exams (0 = Sunday)'),
  nationalExamDates: z.boolean().describe('BOOK-3: only national exam dates can be booked'),
});

/** BOOK-3 */
const nationalExamSection = z.object({
  weekday: z.number().int().min(0).max(6).describe('the exam is on the last such weekday of the month'),
  holidayShiftDays: positiveInt.describe('moved this many days earlier when that day is a public holiday'),
  registrationOpensMonthsBefore: positiveInt,
  registrationClosesDaysBefore: positiveInt.describe('closes at 00:00 center time, N days before'),
});

/** DAY-1, DAY-2 */
const admissionSection = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('arrive-before'), minutesBefore: positiveInt.describe('DAY-1') }),
  z.object({
    rule: z.literal('entry-window'),
    opensMinutesBefore: positiveInt.describe('DAY-2'),
    closesMinutesAfter: positiveInt.describe('DAY-2'),
  }),
]);

/** DAY-3, DAY-5 */
const documentsSection = z.object({
  china: z.array(documentTypeSchema).min(1).describe('DAY-3: accepted at China test centers'),
  international: z.array(documentTypeSchema).min(1).describe('DAY-3: English profile, any government photo ID'),
  originalRequired: z.boolean(),
  staffCheckFor: z.array(documentTypeSchema).describe('DAY-5: documents that need the staff identity check'),
});

const partMark = z.object({ max: positiveInt, pass: positiveInt });

/** RES-1, RES-2 */
const resultsSection = z.object({
  releaseDelayDays: z.object({ theory: nonNegativeInt, lab: nonNegativeInt, interview: nonNegativeInt }),
  theoryShownAfterMinutes: nonNegativeInt.optional().describe('RES-2: the 2025 guide value'),
  passMarks: z.object({ theory: partMark.optional(), lab: partMark.optional(), interview: partMark.optional() }),
});

/** RES-3, ORD-4, ORD-5 */
const retakeSection = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('none') }),
  z.object({
    rule: z.literal('free-once'),
    withinMonths: positiveInt,
    requestClosesDaysBefore: positiveInt,
    sameCenter: z.boolean(),
  }),
  z.object({ rule: z.literal('attempts') }),
]);

/** RES-4, RES-6 */
const certificateSection = z.object({
  validityMonths: positiveInt,
  electronicFrom: localDateSchema,
  paperMailedWithinDays: positiveInt,
});

/** PAY-1, PAY-2, PAY-3, PAY-5, CAT-4 */
const refundSection = z.discriminatedUnion('rule', [
  z.object({
    rule: z.literal('window'),
    windowHours: positiveInt.describe('PAY-1: hours from payment to the first refund request'),
    requiresNoAppointment: z.boolean().describe('PAY-1: only while no appointment is booked'),
    refundsPerOrder: positiveInt,
    enterpriseWithinValidity: z.boolean().describe('PAY-5 / 003: enterprise orders refundable while valid'),
    couponsReturned: z.literal(false),
  }),
  z.object({ rule: z.literal('platform-fault-only') }),
]);

/** PAY-5 */
const redeemSection = z.object({ validityMonths: positiveInt });

/** PAY-6 */
const couponSection = z.object({
  kinds: z.array(z.enum(['fixed', 'percent'])).min(1),
  usesPerCode: positiveInt,
  returnedOnRefund: z.literal(false),
});

/** PAY-4 */
const trainingSection = z.object({
  fullRefundAboveWorkingDays: positiveInt,
  partialRefundAboveWorkingDays: nonNegativeInt,
  partialRefundPercent: z.number().int().min(0).max(100),
  deferralMinWorkingDays: positiveInt,
  deferralsAllowed: nonNegativeInt,
});

/** REP-2 */
const noticesSection = z.object({
  confirmationWithinWorkingDays: positiveInt,
  ticketDaysBefore: z.object({ earliest: positiveInt, latest: positiveInt }),
  resultsWithinWorkingDays: positiveInt,
});

/** REP-3 */
const retentionSection = z.object({ imageRetentionDaysAfterEnd: nonNegativeInt });

export const profileParametersSchema = z.object({
  lifecycle: z.boolean().describe('CAT-4: subject on-sale / stop-sale / stop-service dates apply'),
  order: orderSection.optional(),
  booking: bookingSection.optional(),
  change: changeSection.optional(),
  nationalExam: nationalExamSection.optional(),
  admission: admissionSection.optional(),
  documents: documentsSection.optional(),
  results: resultsSection.optional(),
  retake: retakeSection.optional(),
  certificate: certificateSection.optional(),
  refund: refundSection.optional(),
  redeemCodes: redeemSection.optional(),
  coupons: couponSection.optional(),
  training: trainingSection.optional(),
  notices: noticesSection.optional(),
  retention: retentionSection.optional(),
});

export const policyProfileSchema = z
  .object({
    id: z.enum(profileIds),
    version: positiveInt,
    name: text,
    sponsor: z.string().min(1),
    /** First instant in force (inclusive). */
    effectiveFrom: instantSchema,
    /** First instant no longer in force (exclusive); null while open-ended. */
    effectiveTo: instantSchema.nullable(),
    /** The seed documents it restates (../shared/seeds). */
    sources: z.array(z.string()),
    /** Where sources disagree or a value is the center's own choice. */
    notes: z.array(z.string()),
    parameters: profileParametersSchema,
  })
  .superRefine((p, ctx) => {
    if (p.effectiveTo !== null && parseInstant(p.effectiveTo) <= parseInstant(p.effectiveFrom)) ctx.addIssue({ code: 'custom', path: ['effectiveTo'], message: 'effectiveTo must be after effectiveFrom' });
  });

export type PolicyProfile = z.output<typeof policyProfileSchema>;
export type ProfileParameters = PolicyProfile['parameters'];
export type ProfileSection = keyof ProfileParameters;
