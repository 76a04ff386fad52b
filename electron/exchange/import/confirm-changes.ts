import type { ConfirmReason, ImportChangeToConfirm } from '../../../shared/exchange/import-contract';
import { formatLocal } from '../../../shared/time/zoned';
import type { ReadyRow } from './read-rows';

/** What the confirmation rule needs of a stored booking. */
export interface StoredBooking {
  name: string;
  startsAt: string;
  seated: boolean;
}

export type NeedsConfirmation = ImportChangeToConfirm;

/**
 * #18.9: a change the operator must confirm before it is applied, because it touches a booking
 * on today's plan (today's, or with a seat), gives the booking to another person (the document
 * or the name changes), or moves it to another date. Other changes (a duration, an order number on
 * a later day) go through as before. Admitted bookings never reach here: they are refused.
 */
export function confirmationOf(s: StoredBooking, row: ReadyRow, changed: readonly string[], opts: { timeZone: string; today: string }): NeedsConfirmation | null {
  if (changed.length === 0) return null;
  const [beforeDate = '', beforeTime = ''] = formatLocal(Date.parse(s.startsAt), opts.timeZone).split(' ');
  const reasons: ConfirmReason[] = [];
  if (opts.today !== '' && (beforeDate === opts.today || row.examDate === opts.today)) reasons.push('today');
  if (s.seated) reasons.push('seated');
  if (changed.includes('id_number') || changed.includes('candidate_name')) reasons.push('person');
  if (beforeDate !== row.examDate) reasons.push('date');
  if (reasons.length === 0) return null;
  return {
    line: row.line,
    bookingId: row.bookingId,
    reasons,
    fields: [...changed],
    before: { name: s.name, date: beforeDate, time: beforeTime },
    after: { name: row.name, date: row.examDate, time: row.startTime },
  };
}
