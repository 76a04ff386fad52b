import { z } from 'zod';
import { channel } from '../ipc/channel';
import { IMPORT_FIELDS, type ImportField, type ImportMapping } from './import-fields';
import { MAX_IMPORT_BYTES, MAX_IMPORT_MB } from './import-limits';

/** Why a row cannot be imported (the Data screen words each code; `message` is the English text). */
export const IMPORT_ERROR_CODES = [
  'REQUIRED',
  'BAD_DOCUMENT_TYPE',
  'BAD_DOCUMENT_NUMBER',
  'EXCEL_NUMBER',
  'BAD_DATE',
  'BAD_TIME',
  'BAD_INSTANT',
  'BAD_INTEGER',
  'NEGATIVE_AMOUNT',
  'DISCOUNT_ABOVE_AMOUNT',
  'BAD_PART',
  'BAD_PROFILE',
  'BAD_ACCOMMODATION',
  'OTHER_CENTER',
  'FORMULA',
  'DUPLICATE_CONFLICT',
  'ALREADY_ADMITTED',
  'NO_ROOM',
  'BAD_FILE',
  'UNKNOWN_BOOKING',
  'BAD_SCORE',
  'RELEASED',
  'NOT_ADMITTED',
  'CONTROL_CHARACTER',
  'TOO_LONG',
  'SAME_PERSON_OVERLAP',
  'FILE_TOO_LARGE',
  'TOO_MANY_ROWS',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export interface ImportRowError {
  /** 1-based line of the file (CSV) or row of the sheet (XLSX); 0 for the file as a whole. */
  line: number;
  /** The column's header as the file has it. */
  column: string | null;
  field: ImportField | null;
  code: ImportErrorCode;
  /** The offending cell, shortened; a document number only masked. */
  value: string;
  message: string;
}

/** Why a change to a stored booking needs the operator's explicit confirmation (#18.9). */
export const CONFIRM_REASONS = ['today', 'seated', 'person', 'date'] as const;
export type ConfirmReason = (typeof CONFIRM_REASONS)[number];

/** A booking the import would change in a way the operator must see first: who and when, before and after. */
export interface ImportChangeToConfirm {
  line: number;
  bookingId: string;
  reasons: ConfirmReason[];
  /** The fields that differ (import field names; the screen words them). */
  fields: string[];
  before: { name: string; date: string; time: string };
  after: { name: string; date: string; time: string };
}

export interface ImportPreview {
  fileName: string;
  format: 'csv' | 'xlsx';
  encoding: string | null;
  sha256: string;
  headers: string[];
  mapping: ImportMapping;
  missing: ImportField[];
  rows: number;
  create: number;
  update: number;
  unchanged: number;
  /** Exact repeats of a row earlier in the file (ignored). */
  repeats: number;
  errors: ImportRowError[];
  errorCount: number;
  /** Bookings the import would change, with the fields that differ. */
  changes: { bookingId: string; fields: string[] }[];
  /** Changes that need `confirmChanges` on the apply: today's, seated, another person or another date. */
  toConfirm: ImportChangeToConfirm[];
  toConfirmCount: number;
  sponsors: string[];
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  sha256: string;
  /** Codes of the rooms whose sessions received this file's new or moved bookings (issue #15). */
  rooms: string[];
}

/** A roster file up to 64 MB (base64 in the payload; 4 characters per 3 bytes, padded). */
export const MAX_BASE64 = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;

/** The size in bytes of a base64 text once decoded, known before decoding it. */
export function base64Bytes(base64: string): number {
  const pad = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - pad;
}

const mappingSchema = z.partialRecord(z.enum(IMPORT_FIELDS), z.number().int().min(0).max(500).nullable());

/** A job id the screen picks so it can ask how far the import has got while it waits. */
const jobIdSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);

export const importRequest = z
  .object({
    fileName: z.string().min(1).max(260),
    base64: z
      .string()
      .min(1)
      .max(MAX_BASE64, { message: `The file is larger than ${MAX_IMPORT_MB} MB, the most a roster may be; split it into smaller files.` }),
    mapping: mappingSchema.optional(),
    jobId: jobIdSchema.optional(),
    /** #18.9: the operator has seen the changes to today's, seated, moved or re-assigned bookings and confirms them. */
    confirmChanges: z.boolean().optional(),
  })
  .strict();

/**
 * Where a running import is: reading the file (bytes), checking rows (worker thread), comparing
 * with the store, writing. `done`/`total` count within the phase; `percent` is of the whole job.
 */
export const IMPORT_PHASES = ['reading', 'checking', 'comparing', 'writing'] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

export interface ImportProgress {
  jobId: string;
  phase: ImportPhase;
  done: number;
  total: number;
  percent: number;
  startedAt: string;
}

export interface ImportPreset {
  sponsor: string;
  /** Field → header text. */
  headers: Partial<Record<ImportField, string>>;
  savedAt: string;
}

export const importContract = {
  /** Reads a roster file (CSV in UTF-8, UTF-8 with BOM or GBK; or XLSX), maps and checks every row; writes nothing. */
  'exchange.importPreview': channel<ImportPreview>()({ request: importRequest, role: 'manager' }),
  /** Imports the whole file or nothing: a file with any bad row changes nothing. Audited. */
  'exchange.importApply': channel<ImportResult>()({ request: importRequest, role: 'manager' }),
  /** How far the caller's running import has got (null once it has finished or when unknown). */
  'exchange.importProgress': channel<ImportProgress | null>()({ request: z.object({ jobId: jobIdSchema }).strict(), role: 'manager' }),
  /** Saved column mappings, one per sponsor. */
  'exchange.importPresets': channel<ImportPreset[]>()({ request: z.object({}).strict(), role: 'manager' }),
  'exchange.savePreset': channel<ImportPreset>()({
    request: z.object({ sponsor: z.string().trim().min(1).max(100), headers: z.partialRecord(z.enum(IMPORT_FIELDS), z.string().max(200)) }).strict(),
    role: 'manager',
  }),
};
