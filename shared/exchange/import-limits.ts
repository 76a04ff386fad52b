import type { ImportField } from './import-fields';

/**
 * Bounds on what a roster import takes in, so memory stays bounded and nothing absurd is stored
 * (#14.8): the file's size is checked before it is read, the row count while it is read, and every
 * cell's length and characters per line and column.
 */

/** The largest roster file accepted: 64 MB (a 100,000-booking roster is about 25 MB). */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
export const MAX_IMPORT_MB = MAX_IMPORT_BYTES / (1024 * 1024);

/** The most data rows one file may hold (twice the largest center's season). */
export const MAX_IMPORT_ROWS = 200_000;

/** The longest cell accepted per field, in characters (after trimming). */
export const FIELD_MAX_LENGTH: Record<ImportField, number> = {
  booking_id: 64,
  candidate_name: 100,
  name_pinyin: 100,
  id_type: 32,
  id_number: 64,
  phone: 32,
  email: 254,
  sponsor: 100,
  program_profile: 64,
  subject_code: 64,
  subject_name: 200,
  level: 64,
  part: 32,
  exam_date: 32,
  start_time: 16,
  duration_min: 16,
  center_code: 64,
  order_id: 64,
  order_paid_at: 64,
  order_amount_fen: 20,
  coupon_code: 64,
  coupon_discount_fen: 20,
  redeem_code: 64,
  booked_at: 64,
  attempt_no: 8,
  accommodations: 200,
};

/**
 * Characters no id, code or name may hold: C0 controls (NUL, tab, line breaks…), DEL, C1
 * controls, and the invisible direction marks and overrides that make one text look like another.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** The first control character of a text and its 0-based position, or null. */
export function controlCharacterIn(text: string): { at: number; code: string } | null {
  const m = CONTROL.exec(text);
  if (!m) return null;
  return { at: m.index, code: `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` };
}

/** A text with its control characters made visible (for messages), e.g. "BK1\u0000" → "BK1<U+0000>". */
export function showControls(text: string): string {
  return text.replace(new RegExp(CONTROL.source, 'g'), (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}
