import { z } from 'zod';
import { channel } from '../ipc/channel';
import { idSchema, localDateSchema } from '../ipc/schemas';
import { documentTypeSchema } from '../rules/primitives';
import type { AdmissionView, AdmitResult, CloseWindowResult, FindResult, NotArrived, RecordIdCheckResult, ScanResult } from './types';

export * from './types';

/** Photos above this size (decoded) are refused: a desk camera frame is far smaller. */
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

const photoSchema = z
  .object({
    mime: z.enum(['image/jpeg', 'image/png']),
    base64: z
      .string()
      .min(8)
      .max(Math.ceil((MAX_PHOTO_BYTES * 4) / 3) + 4)
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'base64 text'),
  })
  .strict();

export const recordIdCheckSchema = z
  .object({
    appointmentId: idSchema,
    documentType: documentTypeSchema,
    documentNumber: z.string().min(1).max(64),
    /** DAY-3: last valid date (center time); null when the document shows none. */
    expiryDate: localDateSchema.nullable(),
    /** DAY-3: marked long-term valid (长期); a null expiry without it is refused. */
    longTerm: z.boolean().default(false),
    originalPresented: z.boolean(),
    nameOnDocument: z.string().trim().min(1).max(100),
    photoMatches: z.boolean(),
    /** DAY-5: the staff identity check for a mainland ID; null while not done. */
    staffCheck: z.enum(['pass', 'fail']).nullable().default(null),
    photo: photoSchema.optional(),
  })
  .strict();

export const checkinContract = {
  /**
   * One box for everything a proctor types or scans: admission code, booking id, document number
   * or its last 4, a name, its pinyin or initials. Today's appointments only, at most 20.
   */
  'checkin.find': channel<FindResult>()({
    request: z.object({ query: z.string().max(200) }).strict(),
    role: 'proctor',
  }),
  /**
   * A scan (Enter): the cards `checkin.find` would answer and the first card's verdict, in one
   * round trip, so the verdict is painted without a second request (#18, speed).
   */
  'checkin.scan': channel<ScanResult>()({
    request: z.object({ query: z.string().max(200) }).strict(),
    role: 'proctor',
  }),
  /** The admission verdict now (DAY-1/DAY-2, ORD-1/ORD-3, CAT-4, DAY-8) and the identity check. */
  'checkin.verdict': channel<AdmissionView>()({
    request: z.object({ appointmentId: idSchema }).strict(),
    role: 'proctor',
  }),
  /** The identity-check form (DAY-3..DAY-6): appends one record to the chained log. */
  'checkin.recordIdCheck': channel<RecordIdCheckResult>()({
    request: recordIdCheckSchema,
    role: 'proctor',
  }),
  /** Admits once (DAY-8); a manager may override an overridable refusal with a written reason. */
  'checkin.admit': channel<AdmitResult>()({
    request: z
      .object({
        appointmentId: idSchema,
        nonce: z.uuid(),
        overrideReason: z.string().trim().min(5).max(500).optional(),
      })
      .strict(),
    role: 'proctor',
  }),
  /** The session's booked candidates not admitted yet: who would be marked absent at the close. */
  'checkin.notArrived': channel<NotArrived[]>()({
    request: z.object({ sessionId: idSchema }).strict(),
    role: 'proctor',
  }),
  /** After the check-in window (DAY-1/DAY-2): the booked candidates not admitted are absent. */
  'checkin.closeWindow': channel<CloseWindowResult>()({
    request: z.object({ sessionId: idSchema }).strict(),
    role: 'proctor',
  }),
};
