import type { ImportErrorCode, ImportRowError } from '../../../shared/exchange/import-contract';
import { IMPORT_FIELDS, type ImportField, type ImportMapping } from '../../../shared/exchange/import-fields';
import { controlCharacterIn, FIELD_MAX_LENGTH, showControls } from '../../../shared/exchange/import-limits';
import { isDocumentType } from '../../../shared/identity/document-types';
import { validateDocument } from '../../../shared/identity/permits';
import { isProfileId } from '../../../shared/rules/profile-ids';
import { localDateProblem } from '../../../shared/time/dates';
import { instantOfLocal, instantProblem, parseInstant } from '../../../shared/time/zoned';

/** One booking read from a roster row, checked and normalised. Instants are ISO UTC. */
export interface ImportRow {
  line: number;
  bookingId: string;
  name: string;
  pinyin: string | null;
  idType: string;
  idNumber: string;
  phone: string | null;
  email: string | null;
  sponsor: string;
  profile: string;
  subjectCode: string;
  subjectName: string;
  level: string;
  part: 'theory' | 'lab' | 'interview';
  examDate: string;
  startTime: string;
  startsAt: string;
  durationMin: number;
  orderNo: string;
  paidAt: string | null;
  amountFen: number;
  couponCode: string | null;
  couponDiscountFen: number;
  redeemCode: string | null;
  bookedAt: string;
  attemptNo: number;
  wheelchair: boolean;
  extraTimePct: number;
}

export interface RowContext {
  mapping: ImportMapping;
  headers: string[];
  centerCode: string;
  timeZone: string;
}

const EXCEL_NUMBER = /^\d(\.\d+)?E\+\d+$/i;

function mask(field: ImportField | null, value: string): string {
  const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  const v = showControls(short);
  return field === 'id_number' && v.length > 4 ? `****${v.slice(-4)}` : v;
}

/** Checks one row; returns the booking or the row's problems (every one of them, not the first). */
export function validateRow(line: number, cells: string[], ctx: RowContext): { row: ImportRow } | { errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  /** Fields already refused for their length or characters: nothing more is said about them. */
  const refused = new Set<ImportField>();
  const err = (field: ImportField | null, code: ImportErrorCode, value: string, message: string) => {
    if (field && refused.has(field)) return;
    const col = field ? ctx.mapping[field] : null;
    errors.push({ line, column: col === null || col === undefined ? null : (ctx.headers[col] ?? null), field, code, value: mask(field, value), message });
  };
  const raw = (f: ImportField): string => {
    const i = ctx.mapping[f];
    if (i === null || i === undefined) return '';
    let v = (cells[i] ?? '').trim();
    // Excel's way to keep digits as text: ="0123".
    const m = /^="(.*)"$/.exec(v);
    if (m) v = m[1]!;
    return v;
  };
  const text = (f: ImportField, required: boolean): string => {
    const v = raw(f);
    if (required && v === '') err(f, 'REQUIRED', v, `${f} is empty`);
    if (/^[=@]/.test(v)) err(f, 'FORMULA', v, `${f} starts like a spreadsheet formula`);
    return v;
  };
  const int = (f: ImportField, required: boolean, min: number, max: number): number => {
    const v = raw(f);
    if (v === '') {
      if (required) err(f, 'REQUIRED', v, `${f} is empty`);
      return 0;
    }
    if (!/^-?\d+$/.test(v)) {
      err(f, 'BAD_INTEGER', v, `${f} "${v}" is not a whole number`);
      return 0;
    }
    const n = Number(v);
    if (n < 0 && f.endsWith('_fen')) err(f, 'NEGATIVE_AMOUNT', v, `${f} cannot be negative`);
    else if (n < min || n > max) err(f, 'BAD_INTEGER', v, `${f} ${n} is outside ${min}..${max}`);
    return n;
  };
  const instant = (f: ImportField, required: boolean): string | null => {
    const v = raw(f);
    if (v === '') {
      if (required) err(f, 'REQUIRED', v, `${f} is empty`);
      return null;
    }
    const problem = instantProblem(v);
    if (problem) {
      err(f, 'BAD_INSTANT', v, `${f}: ${problem}`);
      return null;
    }
    return new Date(parseInstant(v)).toISOString();
  };

  // #14.8 and #14.4: every cell within its length, and no id, code or name with control characters.
  for (const f of IMPORT_FIELDS) {
    const v = raw(f);
    const max = FIELD_MAX_LENGTH[f];
    if (v.length > max) {
      err(f, 'TOO_LONG', v, `${f} is ${v.length} characters long; at most ${max} are allowed`);
      refused.add(f);
      continue;
    }
    const bad = controlCharacterIn(v);
    if (bad) {
      err(f, 'CONTROL_CHARACTER', v, `${f} holds a control character (${bad.code}) at character ${bad.at + 1}`);
      refused.add(f);
    }
  }

  const bookingId = text('booking_id', true);
  const name = text('candidate_name', true);
  const pinyin = text('name_pinyin', false) || null;
  const idType = text('id_type', true).toUpperCase();
  let idNumber = raw('id_number');
  if (idNumber === '') err('id_number', 'REQUIRED', idNumber, 'id_number is empty');
  else if (EXCEL_NUMBER.test(idNumber)) {
    err('id_number', 'EXCEL_NUMBER', idNumber, `id_number "${idNumber}" was turned into a number by a spreadsheet and lost digits; export the column as text`);
  } else if (idType && !isDocumentType(idType)) {
    err('id_type', 'BAD_DOCUMENT_TYPE', idType, `id_type "${idType}" is not CN_ID, HK_MO_PERMIT, TW_PERMIT or PASSPORT`);
  } else if (idType) {
    const r = validateDocument(idType as never, idNumber);
    if (r.ok) idNumber = r.normalized;
    else err('id_number', 'BAD_DOCUMENT_NUMBER', idNumber, `id_number is not a valid ${idType} (${r.code}${r.position !== undefined ? ` at character ${r.position + 1}` : ''})`);
  }
  const sponsor = text('sponsor', true);
  const profile = text('program_profile', true);
  if (profile && !isProfileId(profile)) err('program_profile', 'BAD_PROFILE', profile, `program_profile "${profile}" is not a known policy profile`);
  const subjectCode = text('subject_code', true);
  const subjectName = text('subject_name', false) || subjectCode;
  const level = text('level', false);
  const part = text('part', true).toLowerCase();
  if (part && !['theory', 'lab', 'interview'].includes(part)) err('part', 'BAD_PART', part, `part "${part}" is not theory, lab or interview`);
  const examDate = text('exam_date', true);
  const dateProblem = examDate ? localDateProblem(examDate) : null;
  if (dateProblem) err('exam_date', 'BAD_DATE', examDate, `exam_date: ${dateProblem}`);
  let startTime = text('start_time', true);
  if (/^\d:\d{2}$/.test(startTime)) startTime = `0${startTime}`;
  const tm = /^(\d{2}):(\d{2})(:00)?$/.exec(startTime);
  const timeOk = tm !== null && Number(tm[1]) < 24 && Number(tm[2]) < 60;
  if (startTime && !timeOk) err('start_time', 'BAD_TIME', startTime, `start_time "${startTime}" is not a time like 09:00`);
  const durationMin = int('duration_min', true, 1, 720);
  const centerCode = text('center_code', true);
  if (centerCode && centerCode !== ctx.centerCode) err('center_code', 'OTHER_CENTER', centerCode, `center_code "${centerCode}" is not this center (${ctx.centerCode})`);
  const orderNo = text('order_id', true);
  const paidAt = instant('order_paid_at', false);
  const amountFen = int('order_amount_fen', true, 0, 1e11);
  const couponCode = text('coupon_code', false) || null;
  const couponDiscountFen = int('coupon_discount_fen', false, 0, 1e11);
  if (couponDiscountFen > amountFen && amountFen >= 0 && raw('coupon_discount_fen') !== '') {
    err('coupon_discount_fen', 'DISCOUNT_ABOVE_AMOUNT', raw('coupon_discount_fen'), 'the coupon discount is larger than the order amount (ORD-4: never below zero)');
  }
  const redeemCode = text('redeem_code', false) || null;
  const bookedAt = instant('booked_at', true);
  const attemptNo = raw('attempt_no') === '' ? 1 : int('attempt_no', false, 1, 20);
  const acc = text('accommodations', false).toLowerCase();
  let wheelchair = false;
  let extraTimePct = 0;
  for (const a of acc.split(/[;|\s]+/).filter(Boolean)) {
    const x = /^extra-time-(\d{1,3})$/.exec(a);
    if (a === 'wheelchair') wheelchair = true;
    else if (x && Number(x[1]) > 0 && Number(x[1]) <= 100) extraTimePct = Number(x[1]);
    else err('accommodations', 'BAD_ACCOMMODATION', a, `accommodation "${a}" is not wheelchair or extra-time-NN`);
  }

  if (errors.length > 0) return { errors };
  const startsAt = new Date(instantOfLocal(examDate, startTime.slice(0, 5), ctx.timeZone)).toISOString();
  return {
    row: {
      line,
      bookingId,
      name,
      pinyin,
      idType,
      idNumber,
      phone: text('phone', false) || null,
      email: text('email', false) || null,
      sponsor,
      profile,
      subjectCode,
      subjectName,
      level,
      part: part as ImportRow['part'],
      examDate,
      startTime: startTime.slice(0, 5),
      startsAt,
      durationMin,
      orderNo,
      paidAt,
      amountFen,
      couponCode,
      couponDiscountFen,
      redeemCode,
      bookedAt: bookedAt!,
      attemptNo,
      wheelchair,
      extraTimePct,
    },
  };
}
