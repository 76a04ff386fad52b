/**
 * The check-in search, one query per kind of input. Each one is answered from an index (the
 * tests run EXPLAIN QUERY PLAN on every one): exact codes on appointments' unique keys, document
 * numbers on the keyed hash, names / pinyin / initials as prefix ranges on the candidates'
 * columns, which SQLite can search in a BINARY index where LIKE could not.
 */
import type { Db } from '../store/db';
import type { CenterDay } from './center-day';

/** Cards shown at most; one more is fetched to tell that the list was cut. */
export const FIND_LIMIT = 20;

/** Above every character: `col >= p AND col < p + MAX_CHAR` is "col starts with p". */
const MAX_CHAR = '\u{10FFFF}';

export type FoundRow = { id: number; startsAt: string };

function ofCandidates(db: Db, day: CenterDay) {
  return db
    .selectFrom('candidates')
    .innerJoin('appointments', 'appointments.candidate_id', 'candidates.id')
    .select(['appointments.id as id', 'appointments.starts_at as startsAt'])
    .where('appointments.starts_at', '>=', day.start)
    .where('appointments.starts_at', '<', day.end)
    .orderBy('appointments.starts_at')
    .orderBy('appointments.id')
    .limit(FIND_LIMIT + 1);
}

function ofAppointments(db: Db, day: CenterDay) {
  return db
    .selectFrom('appointments')
    .select(['appointments.id as id', 'appointments.starts_at as startsAt'])
    .where('appointments.starts_at', '>=', day.start)
    .where('appointments.starts_at', '<', day.end)
    .orderBy('appointments.starts_at')
    .orderBy('appointments.id')
    .limit(FIND_LIMIT + 1);
}

export const findQueries = {
  /** A scanned admission code (UNIQUE index). */
  admissionCode: (db: Db, day: CenterDay, codes: string[]) => ofAppointments(db, day).where('appointments.admission_code', 'in', codes),

  /**
   * A booking id: unique per sponsor, so the lookup names every sponsor to use the
   * (sponsor_id, booking_id) index instead of reading the day's appointments.
   */
  bookingId: (db: Db, day: CenterDay, ids: string[]) =>
    ofAppointments(db, day)
      .where('appointments.sponsor_id', 'in', (eb) => eb.selectFrom('sponsors').select('sponsors.id'))
      .where('appointments.booking_id', 'in', ids),

  /** A full document number, by its keyed hash (the number itself is never compared). */
  documentHash: (db: Db, day: CenterDay, hashes: string[]) => ofCandidates(db, day).where('candidates.id_hash', 'in', hashes),

  last4: (db: Db, day: CenterDay, last4: string) => ofCandidates(db, day).where('candidates.id_last4', '=', last4),

  namePrefix: (db: Db, day: CenterDay, prefix: string) =>
    ofCandidates(db, day)
      .where('candidates.name', '>=', prefix)
      .where('candidates.name', '<', prefix + MAX_CHAR),

  pinyinPrefix: (db: Db, day: CenterDay, prefix: string) =>
    ofCandidates(db, day)
      .where('candidates.pinyin_compact', '>=', prefix)
      .where('candidates.pinyin_compact', '<', prefix + MAX_CHAR),

  initialsPrefix: (db: Db, day: CenterDay, prefix: string) =>
    ofCandidates(db, day)
      .where('candidates.initials', '>=', prefix)
      .where('candidates.initials', '<', prefix + MAX_CHAR),
};

export type FindQueryName = keyof typeof findQueries;
