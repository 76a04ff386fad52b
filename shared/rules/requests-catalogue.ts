/** Requests for the catalogue (CAT-1, CAT-2) and BOOK-7's first available date. */
import { z } from 'zod';
import { instantSchema } from './primitives';
import { req } from './request-base';

/** CAT-1: a level name as written (TCA, tccp, ...); the answer is its current name. */
export const levelNameRequestSchema = req('level-name', z.object({ level: z.string().trim().min(1).max(20) }));

/** CAT-2: the certifications the profile's sponsor offers. */
export const catalogueRequestSchema = req('catalogue', z.object({}).strict().default({}));

/** BOOK-7: the center cannot hold `cancelledStart`; which session is the first available one? */
export const firstAvailableDateRequestSchema = req(
  'first-available-date',
  z.object({
    cancelledStart: instantSchema,
    /** The center of the cancelled appointment; only sessions at it count (BOOK-7 "same center"). */
    center: z.string().min(1).optional(),
    sessions: z.array(z.object({ start: instantSchema, center: z.string().min(1).optional(), seatsFree: z.number().int().nonnegative() })).max(10_000),
  }),
);
