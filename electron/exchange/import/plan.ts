import type { ImportRowError } from '../../../shared/exchange/import-contract';
import type { ImportField } from '../../../shared/exchange/import-fields';
import { Ticker } from '../../core/cooperate';
import type { Db } from '../../store/db';
import { confirmationOf, type StoredBooking, type NeedsConfirmation } from './confirm-changes';
import type { ReadyRow } from './read-rows';
import { samePersonOverlaps } from './same-person';
import { storedBookings } from './import-repo';
import { DEFAULT_CENTER_ZONE } from '../../../shared/time/default-zone';

export interface PlannedRow {
  row: ReadyRow;
  /** The existing appointment, when the booking is already in the store. */
  existingId: number | null;
  /** Fields that differ from the stored booking (empty: unchanged). */
  changed: string[];
  /** Why this change must be confirmed by the operator before it is applied (#18.9), or null. */
  confirm: NeedsConfirmation | null;
}

export interface ImportPlan {
  rows: PlannedRow[];
  repeats: number;
  errors: ImportRowError[];
}

export interface PlanOptions {
  /** The file's header of a field (for "line, column" in errors). */
  columnOf: (f: ImportField) => string | null;
  timeZone: string;
  /** The center's today (YYYY-MM-DD): a change to today's bookings needs a confirmation. */
  today: string;
}

const noColumns: PlanOptions = { columnOf: () => null, timeZone: DEFAULT_CENTER_ZONE, today: '' };

/** Sponsors are matched by code or name, without regard to case. */
export const sponsorKey = (s: string) => s.trim().toLowerCase();

const CHUNK = 400;

interface Stored extends StoredBooking {
  id: number;
  sponsor: string;
  sponsorName: string;
  bookingId: string;
  idHash: string;
  subjectCode: string;
  part: string;
  durationMin: number;
  orderNo: string;
  attemptNo: number;
  wheelchair: number;
  extraTimePct: number;
  admitted: boolean;
}

/**
 * Compares the file's bookings with the store: repeats in the file are dropped (or refused when
 * they disagree), and each booking is new, changed (with the fields that differ) or unchanged.
 */
export async function planImport(db: Db, rows: ReadyRow[], report: (done: number, total: number) => void = () => {}, opts: PlanOptions = noColumns): Promise<ImportPlan> {
  const errors: ImportRowError[] = [];
  // Two passes over the file's rows, then the store's bookings looked up in chunks.
  const ticker = new Ticker(rows.length * 3, report);
  const byKey = new Map<string, ReadyRow>();
  let repeats = 0;
  const conflicted = new Set<string>();
  for (const row of rows) {
    await ticker.tick();
    const key = `${sponsorKey(row.sponsor)}|${row.bookingId}`;
    const first = byKey.get(key);
    if (!first) {
      byKey.set(key, row);
      continue;
    }
    const same = JSON.stringify({ ...first, line: 0 }) === JSON.stringify({ ...row, line: 0 });
    if (same) repeats++;
    else {
      conflicted.add(key);
      errors.push({
        line: row.line,
        column: opts.columnOf('booking_id'),
        field: 'booking_id',
        code: 'DUPLICATE_CONFLICT',
        value: row.bookingId,
        message: `booking ${row.bookingId} is also on line ${first.line} with different data`,
      });
    }
  }
  // One document number, one person: the same number under two names is a mistake in the file.
  const people = new Map<string, ReadyRow>();
  await ticker.tick(rows.length - byKey.size);
  for (const row of byKey.values()) {
    await ticker.tick();
    const key = `${row.idType}|${row.idHash}`;
    const first = people.get(key);
    if (!first) people.set(key, row);
    else if (first.name !== row.name) {
      conflicted.add(`${sponsorKey(row.sponsor)}|${row.bookingId}`);
      errors.push({
        line: row.line,
        column: opts.columnOf('id_number'),
        field: 'id_number',
        code: 'DUPLICATE_CONFLICT',
        value: `****${row.idNumber.slice(-4)}`,
        message: `the document number on this line is also on line ${first.line} under another name (${first.name})`,
      });
    }
  }
  // DAY-8 is about the person: one document, no two bookings in overlapping sessions (#14.4).
  const overlap = await samePersonOverlaps(db, {
    rows: [...byKey.entries()].filter(([k]) => !conflicted.has(k)).map(([key, row]) => ({ key, row })),
    inFile: new Set(byKey.keys()),
    sponsorKey,
    columnOf: opts.columnOf,
    timeZone: opts.timeZone,
  });
  errors.push(...overlap.errors);
  for (const k of overlap.refused) conflicted.add(k);
  const unique = [...byKey.entries()].filter(([k]) => !conflicted.has(k)).map(([, r]) => r);

  const stored = new Map<string, Stored>();
  await ticker.tick(rows.length - byKey.size);
  const ids = [...new Set(unique.map((r) => r.bookingId))];
  const perId = rows.length / Math.max(1, ids.length);
  for (let i = 0; i < ids.length; i += CHUNK) {
    await ticker.tick(Math.min(CHUNK, ids.length - i) * perId);
    const found = await storedBookings(db, ids.slice(i, i + CHUNK));
    for (const f of found) {
      const s: Stored = { ...f, admitted: f.checkInId !== null, seated: Boolean(f.seated) };
      stored.set(`${sponsorKey(f.sponsor)}|${f.bookingId}`, s);
      stored.set(`${sponsorKey(f.sponsorName)}|${f.bookingId}`, s);
    }
  }

  ticker.finish();
  const planned: PlannedRow[] = [];
  for (const row of unique) {
    await ticker.tick(0);
    const s = stored.get(`${sponsorKey(row.sponsor)}|${row.bookingId}`);
    if (!s) {
      planned.push({ row, existingId: null, changed: [], confirm: null });
      continue;
    }
    const changed: string[] = [];
    if (s.name !== row.name) changed.push('candidate_name');
    if (s.idHash !== row.idHash) changed.push('id_number');
    if (s.subjectCode !== row.subjectCode) changed.push('subject_code');
    if (s.part !== row.part) changed.push('part');
    if (s.startsAt !== row.startsAt) changed.push('exam_date/start_time');
    if (s.durationMin !== row.durationMin) changed.push('duration_min');
    if (s.orderNo !== row.orderNo) changed.push('order_id');
    if (s.attemptNo !== row.attemptNo) changed.push('attempt_no');
    if ((s.wheelchair === 1) !== row.wheelchair || s.extraTimePct !== row.extraTimePct) changed.push('accommodations');
    if (changed.length > 0 && s.admitted) {
      errors.push({
        line: row.line,
        column: opts.columnOf('booking_id'),
        field: 'booking_id',
        code: 'ALREADY_ADMITTED',
        value: row.bookingId,
        message: `booking ${row.bookingId} was already admitted; ${changed.join(', ')} cannot change now`,
      });
      continue;
    }
    planned.push({ row, existingId: s.id, changed, confirm: confirmationOf(s, row, changed, opts) });
  }
  return { rows: planned, repeats, errors };
}
