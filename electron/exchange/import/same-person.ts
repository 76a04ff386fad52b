import type { ImportRowError } from '../../../shared/exchange/import-contract';
import type { ImportField } from '../../../shared/exchange/import-fields';
import { formatLocal } from '../../../shared/time/zoned';
import type { Db } from '../../store/db';
import type { ReadyRow } from './read-rows';
import { liveBookingsOfPeople } from './import-repo';

const CHUNK = 400;

/** [start, end) of a booking in epoch ms. */
const span = (startsAt: string, durationMin: number): [number, number] => {
  const s = Date.parse(startsAt);
  return [s, s + durationMin * 60_000];
};
const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

export interface SamePersonInput {
  /** The file's bookings after repeats are dropped, each with its key (sponsor|booking id). */
  rows: { key: string; row: ReadyRow }[];
  /** Keys (sponsor code or name | booking id) of stored bookings the file itself carries: the file's version counts. */
  inFile: Set<string>;
  sponsorKey: (s: string) => string;
  columnOf: (f: ImportField) => string | null;
  timeZone: string;
}

/**
 * DAY-8 is about the person: one document (keyed hash of its number) cannot hold two bookings in
 * sessions that overlap in time, whether both are in the file or one is already stored. The later
 * line of the file is refused, naming the other booking. Returns the errors and the refused keys.
 */
export async function samePersonOverlaps(db: Db, input: SamePersonInput): Promise<{ errors: ImportRowError[]; refused: Set<string> }> {
  const errors: ImportRowError[] = [];
  const refused = new Set<string>();
  const column = input.columnOf('id_number');
  const refuse = (key: string, row: ReadyRow, message: string) => {
    refused.add(key);
    errors.push({ line: row.line, column, field: 'id_number', code: 'SAME_PERSON_OVERLAP', value: `****${row.idNumber.slice(-4)}`, message });
  };

  // Within the file: the rows of one document in file order; a later row overlapping an earlier one is refused.
  const byPerson = new Map<string, { key: string; row: ReadyRow }[]>();
  for (const r of input.rows) {
    const list = byPerson.get(r.row.idHash);
    if (list) list.push(r);
    else byPerson.set(r.row.idHash, [r]);
  }
  for (const list of byPerson.values()) {
    if (list.length < 2) continue;
    const kept: { key: string; row: ReadyRow }[] = [];
    for (const r of list) {
      const other = kept.find((k) => overlaps(span(k.row.startsAt, k.row.durationMin), span(r.row.startsAt, r.row.durationMin)));
      if (other) {
        refuse(
          r.key,
          r.row,
          `the same document already has booking ${other.row.bookingId} on line ${other.row.line} (${other.row.examDate} ${other.row.startTime}, ${other.row.durationMin} min), which overlaps booking ${r.row.bookingId} (${r.row.examDate} ${r.row.startTime})`,
        );
      } else kept.push(r);
    }
  }

  // Against the store: live bookings of the same document that the file does not itself carry.
  const hashes = [...byPerson.keys()];
  const stored = new Map<string, { bookingId: string; sponsor: string; sponsorName: string; startsAt: string; durationMin: number }[]>();
  for (let i = 0; i < hashes.length; i += CHUNK) {
    const found = await liveBookingsOfPeople(db, hashes.slice(i, i + CHUNK));
    for (const f of found) {
      if (input.inFile.has(`${input.sponsorKey(f.sponsor)}|${f.bookingId}`) || input.inFile.has(`${input.sponsorKey(f.sponsorName)}|${f.bookingId}`)) continue;
      const list = stored.get(f.idHash);
      if (list) list.push(f);
      else stored.set(f.idHash, [f]);
    }
  }
  for (const r of input.rows) {
    if (refused.has(r.key)) continue;
    const other = stored.get(r.row.idHash)?.find((s) => overlaps(span(s.startsAt, s.durationMin), span(r.row.startsAt, r.row.durationMin)));
    if (other) {
      refuse(
        r.key,
        r.row,
        `the same document already has booking ${other.bookingId} (${formatLocal(Date.parse(other.startsAt), input.timeZone)}, ${other.durationMin} min) in the store, which overlaps booking ${r.row.bookingId} (${r.row.examDate} ${r.row.startTime})`,
      );
    }
  }
  return { errors, refused };
}
