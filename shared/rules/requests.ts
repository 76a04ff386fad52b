/**
 * The request the rule engine answers: which decision, which profile, the instant `now`, the
 * center's time zone and the facts. One zod schema per decision, composed into a discriminated
 * union on `decision`. Facts are plain, already-evaluated values: the engine reads no store.
 */
import { z } from 'zod';
import { examPartSchema, fenSchema, instantSchema, localDateSchema, yearMonthSchema } from './primitives';
import { req } from './request-base';
import { catalogueRequestSchema, firstAvailableDateRequestSchema, levelNameRequestSchema } from './requests-catalogue';
import { identityDocumentRequestSchema, identityFactsSchema } from './requests-identity';

export { DEFAULT_TIME_ZONE } from './request-base';

const count = z.number().int().nonnegative();

/** The paying order behind an appointment. `expiresAt` is derived (ORD-1) unless given. */
export const orderFactsSchema = z.object({
  id: z.string().optional(),
  /** Absent: not paid yet. */
  paidAt: instantSchema.optional(),
  /** The appointment was booked before payment (ORD-1 6 months, BOOK-2 10 days). */
  bookedBeforePayment: z.boolean().default(false),
  refunded: z.boolean().default(false),
  /** The sponsor's own expiry, when it differs from the ORD-1 computation. */
  expiresAt: instantSchema.optional(),
  /** Attempts of this order already used (ORD-4, ORD-5). */
  attemptsUsed: count.default(0),
});

/** CAT-4: a subject's lifecycle dates (center-local dates, inclusive). */
export const subjectFactsSchema = z.object({
  code: z.string().optional(),
  onSale: localDateSchema.optional(),
  stopSale: localDateSchema.optional(),
  stopService: localDateSchema.optional(),
});

export const bookRequestSchema = req(
  'book',
  z.object({
    /** Start of the appointment being booked. */
    start: instantSchema,
    order: orderFactsSchema.optional(),
    subject: subjectFactsSchema.optional(),
  }),
);

export const rescheduleRequestSchema = req(
  'reschedule',
  z.object({
    start: instantSchema,
    /** The start the candidate moves to, when known. */
    newStart: instantSchema.optional(),
    order: orderFactsSchema.optional(),
    subject: subjectFactsSchema.optional(),
    /** BOOK-7: the center cannot hold the exam (fault, weather). */
    centerCannotHold: z.boolean().default(false),
    /** BOOK-4: the appointment is a free retake. */
    isRetake: z.boolean().default(false),
    /** BOOK-4: deferrals already used on this registration. */
    deferralsUsed: count.default(0),
  }),
);

export const cancelRequestSchema = req(
  'cancel',
  z.object({
    start: instantSchema,
    order: orderFactsSchema.optional(),
    centerCannotHold: z.boolean().default(false),
  }),
);

const paymentSchema = z.object({ method: z.string().min(1), fen: fenSchema });

export const refundExamRequestSchema = req(
  'refund-exam',
  z.object({
    order: orderFactsSchema.extend({
      paidAt: instantSchema,
      /** Money paid, per payment method (cash, gift balance, ...): PAY-2 refunds in this ratio. */
      payments: z.array(paymentSchema).min(1),
      /** Coupon / voucher value used on the order: never refunded (PAY-2, PAY-6). */
      couponFen: fenSchema.default(0),
      /** Refunds already made on this order (one per order). */
      refundsBefore: count.default(0),
      /** When the first refund request was made, if before now (PAY-1 counts to it). */
      firstRequestAt: instantSchema.optional(),
      /** An enterprise redeem-code order (PAY-5) rather than an individual one (PAY-1). */
      enterprise: z.boolean().default(false),
      codes: z.object({ total: count, unused: count, bound: count, completed: count }).optional(),
    }),
    hasAppointment: z.boolean(),
    subject: subjectFactsSchema.optional(),
    /**
     * PAY-3: a platform fault. `true` / "claimed": the candidate reports one (a manager decides:
     * needs-override); "established": a manager has established it (refunded).
     */
    platformFault: z.union([z.boolean(), z.enum(['claimed', 'established'])]).default(false),
  }),
);

export const refundTrainingRequestSchema = req(
  'refund-training',
  z.object({
    classStart: localDateSchema,
    /** Money paid for the class (coupons excluded). */
    paidFen: fenSchema,
    couponFen: fenSchema.default(0),
    /** The candidate already deferred this class (PAY-4: then no refund). */
    deferred: z.boolean().default(false),
    /** The class was cancelled for too few students. */
    classCancelled: z.boolean().default(false),
  }),
);

export const deferTrainingRequestSchema = req(
  'defer-training',
  z.object({
    classStart: localDateSchema,
    deferralsUsed: count.default(0),
    classCancelled: z.boolean().default(false),
  }),
);

export const appointmentStates = ['booked', 'cancelled', 'rescheduled', 'completed', 'no-show'] as const;

const admissionFactsSchema = z.object({
  /** Appointment start; the arrival instant is `now`. */
  start: instantSchema,
  appointmentState: z.enum(appointmentStates),
  order: orderFactsSchema.optional(),
  subject: subjectFactsSchema.optional(),
  /** DAY-8: the check-in already recorded for this appointment, if any. */
  existingCheckIn: z
    .object({ at: instantSchema, by: z.string().default('') })
    .nullable()
    .default(null),
});

export const admissionRequestSchema = req('admission', admissionFactsSchema);

/** Check-in in one decision: the admission facts, then the identity document (raw or pre-evaluated). */
export const checkInRequestSchema = req('check-in', admissionFactsSchema.extend({ identity: identityFactsSchema }));

export { nameMatches } from './requests-identity';

export const retakeRequestSchema = req(
  'retake',
  z.object({
    /** The attempt that was failed. */
    failedAttempt: z.object({
      start: instantSchema,
      attemptNo: z.number().int().positive().default(1),
      passed: z.boolean().default(false),
      center: z.string().optional(),
      resultCancelled: z.boolean().default(false),
    }),
    freeRetakeUsed: z.boolean().default(false),
    /** The retake exam asked for. */
    retakeStart: instantSchema.optional(),
    retakeCenter: z.string().optional(),
    order: orderFactsSchema.optional(),
  }),
);

export const resultReleaseRequestSchema = req(
  'result-release',
  z.object({
    part: examPartSchema,
    examStart: instantSchema,
    examMinutes: z.number().int().positive().optional(),
    score: z.number().nonnegative().optional(),
    /** The subject's own pass mark and maximum when they differ from the profile's. */
    passMark: z.number().positive().optional(),
    maxScore: z.number().positive().optional(),
    /** RES-5: cheating or a discipline breach. */
    disciplineBreach: z.boolean().default(false),
  }),
);

export const certificateRequestSchema = req(
  'certificate',
  z.object({
    /** The level asked about (TCCA/TCCP/TCCE or the old TCA/TCP/TCE, CAT-1). */
    level: z.string().optional(),
    results: z.array(
      z.object({
        level: z.string().optional(),
        passed: z.boolean(),
        /** Release date of the result (center time) or the release instant. */
        releaseDate: localDateSchema.optional(),
        releasedAt: instantSchema.optional(),
        cancelled: z.boolean().default(false),
      }),
    ),
  }),
);

export const redeemStates = ['unused', 'bound', 'completed', 'invalid', 'expired'] as const;
export const redeemActions = ['bind', 'unbind', 'regenerate', 'complete', 'expire'] as const;

export const redeemCodeRequestSchema = req(
  'redeem-code',
  z.object({
    action: z.enum(redeemActions),
    state: z.enum(redeemStates),
    order: z.object({ paidAt: instantSchema, expiresAt: instantSchema.optional() }),
  }),
);

export const couponRequestSchema = req(
  'coupon',
  z.object({
    action: z.enum(['apply', 'return']).default('apply'),
    priceFen: fenSchema,
    coupon: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('fixed'), valueFen: fenSchema }),
      z.object({
        kind: z.literal('percent'),
        /** p% off: the price becomes price * (100 - p) / 100; at most two decimals. */
        percent: z
          .number()
          .min(0)
          .max(100)
          .refine((p) => Math.abs(p * 100 - Math.round(p * 100)) < 1e-9, { message: 'at most two decimals' }),
      }),
    ]),
    timesUsed: count.default(0),
  }),
);

export const orderExpiryRequestSchema = req(
  'order-expiry',
  z.object({
    paidAt: instantSchema,
    bookedBeforePayment: z.boolean().default(false),
  }),
);

export const nationalExamDateRequestSchema = req('national-exam-date', z.object({ month: yearMonthSchema }));

export const noticesRequestSchema = req('notices', z.object({ registeredAt: instantSchema.optional(), examStart: instantSchema.optional() }));

export const imageRetentionRequestSchema = req('image-retention', z.object({ certificationEndsOn: localDateSchema }));

export const decisionRequestSchema = z.discriminatedUnion('decision', [
  bookRequestSchema,
  rescheduleRequestSchema,
  cancelRequestSchema,
  refundExamRequestSchema,
  refundTrainingRequestSchema,
  deferTrainingRequestSchema,
  admissionRequestSchema,
  identityDocumentRequestSchema,
  checkInRequestSchema,
  retakeRequestSchema,
  resultReleaseRequestSchema,
  certificateRequestSchema,
  redeemCodeRequestSchema,
  couponRequestSchema,
  orderExpiryRequestSchema,
  nationalExamDateRequestSchema,
  noticesRequestSchema,
  imageRetentionRequestSchema,
  levelNameRequestSchema,
  catalogueRequestSchema,
  firstAvailableDateRequestSchema,
]);

/** What a caller writes (defaults may be left out). */
export type DecisionRequest = z.input<typeof decisionRequestSchema>;
/** What a decision reads (defaults filled in). */
export type ParsedRequest = z.output<typeof decisionRequestSchema>;
export type RequestOf<D extends ParsedRequest['decision']> = Extract<ParsedRequest, { decision: D }>;
export type FactsOf<D extends ParsedRequest['decision']> = RequestOf<D>['facts'];
export type OrderFacts = z.output<typeof orderFactsSchema>;
export type SubjectFacts = z.output<typeof subjectFactsSchema>;
