import { z } from 'zod';

/** A real calendar date YYYY-MM-DD (2026-02-30 is refused with a message saying so). */
export const localDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
  }, 'no such date');

/** An ISO-8601 instant with an explicit offset or Z. */
export const instantSchema = z.iso.datetime({ offset: true });

export const idSchema = z.number().int().positive();
