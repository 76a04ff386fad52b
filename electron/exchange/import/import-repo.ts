import type { Db } from '../../store/db';
import { selectAppointments } from '../../store/appointments-query';

// The statements of a roster import's check (run-import.ts, plan.ts) and of its saved mappings (presets.ts).

/** The first center: its id, the code a roster names and the zone its times are read in. */
export function importCenter(db: Db) {
  return db.selectFrom('centers').select(['id', 'code', 'time_zone']).orderBy('id').limit(1).executeTakeFirst();
}

/** The first center's id (throws when there is none). */
export async function importCenterId(db: Db): Promise<number> {
  return (await db.selectFrom('centers').select('id').orderBy('id').limit(1).executeTakeFirstOrThrow()).id;
}

/** The settings rows whose key starts with `prefix`, by key. */
export function settingsWithPrefix(db: Db, prefix: string) {
  return db.selectFrom('settings').selectAll().where('key', 'like', `${prefix}%`).orderBy('key').execute();
}

/** The stored bookings with these booking ids, as the import compares them with the file's rows. */
export function storedBookings(db: Db, bookingIds: string[]) {
  return selectAppointments(db)
    .innerJoin('sponsors as sp', 'sp.id', 'a.sponsor_id')
    .where('a.booking_id', 'in', bookingIds)
    .select([
      'a.id',
      'sp.code as sponsor',
      'sp.name as sponsorName',
      'a.booking_id as bookingId',
      'c.name',
      'c.id_hash as idHash',
      's.code as subjectCode',
      'a.part',
      'a.starts_at as startsAt',
      'a.duration_min as durationMin',
      'o.order_no as orderNo',
      'a.attempt_no as attemptNo',
      'a.wheelchair',
      'a.extra_time_pct as extraTimePct',
      'ci.id as checkInId',
      (eb) => eb.exists(eb.selectFrom('seat_assignments as sa').whereRef('sa.appointment_id', '=', 'a.id').select('sa.id')).as('seated'),
    ])
    .execute();
}

/** The live bookings (not cancelled or rescheduled) of the candidates with these document hashes. */
export function liveBookingsOfPeople(db: Db, idHashes: string[]) {
  return selectAppointments(db)
    .innerJoin('sponsors as sp', 'sp.id', 'a.sponsor_id')
    .where('c.id_hash', 'in', idHashes)
    .where('a.state', 'not in', ['cancelled', 'rescheduled'])
    .select(['c.id_hash as idHash', 'a.booking_id as bookingId', 'sp.code as sponsor', 'sp.name as sponsorName', 'a.starts_at as startsAt', 'a.duration_min as durationMin'])
    .execute();
}
