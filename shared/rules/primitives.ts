/** zod schemas for the values every request and profile uses, with messages a person can act on. */
import { z } from 'zod';
import { DOCUMENT_TYPES } from '../identity/document-types';
import { localDateProblem } from '../time/dates';
import { instantProblem, isValidTimeZone } from '../time/zoned';

/** A calendar date "YYYY-MM-DD" that exists (2026-02-30 is rejected). */
export const localDateSchema = z.string().superRefine((v, ctx) => {
  const problem = localDateProblem(v);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** An ISO 8601 instant with an explicit offset or Z: "2026-12-05T09:00:00+08:00". */
export const instantSchema = z.string().superRefine((v, ctx) => {
  const problem = instantProblem(v);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** "YYYY-MM". */
export const yearMonthSchema = z.string().superRefine((v, ctx) => {
  const problem = /^\d{4}-\d{2}$/.test(v) ? localDateProblem(`${v}-01`) : `"${v}" is not a month like 2024-07`;
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const timeZoneSchema = z.string().superRefine((v, ctx) => {
  if (!isValidTimeZone(v)) ctx.addIssue({ code: 'custom', message: `"${v}" is not an IANA time zone` });
});

/** An amount of money in fen (1/100 yuan): a non-negative integer. */
export const fenSchema = z
  .number({ message: 'an amount in fen (integer)' })
  .int({ message: 'amounts are integer fen (1/100 yuan)' })
  .nonnegative({ message: 'an amount cannot be negative' })
  .max(1e11, { message: 'an amount above 1,000,000,000 yuan is not plausible' });

export const examParts = ['theory', 'lab', 'interview'] as const;
/** CAT-3: the parts a subject can have. */
export const examPartSchema = z.enum(examParts, { message: 'a part is theory, lab or interview (CAT-3)' });
export type ExamPart = (typeof examParts)[number];

/** The identity documents of shared/identity, plus OTHER so a refusal (DAY-3) can name it. */
export const documentTypes = [...DOCUMENT_TYPES, 'OTHER'] as const;
export const documentTypeSchema = z.enum(documentTypes);
export type DocumentType = (typeof documentTypes)[number];
