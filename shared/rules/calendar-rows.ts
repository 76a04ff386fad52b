/**
 * The manager's calendar extension table: one row per day that differs from a plain week
 * (a public holiday off, or a make-up working weekend, 调休). Adding any row for a year declares
 * that year covered, so import the whole year's official notice at once.
 */
import { z } from 'zod';
import { localDateSchema } from './primitives';

export const calendarRowSchema = z.object({
  date: localDateSchema,
  kind: z.enum(['holiday', 'workday']),
  name: z.string().optional(),
});
export const calendarTableSchema = z.array(calendarRowSchema);
export type CalendarRow = z.output<typeof calendarRowSchema>;

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup-workday';
