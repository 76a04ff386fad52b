import type { Db } from '../store/db';
import { selectAppointments } from '../store/appointments-query';

/** Another booking of the same person (document hash) already admitted in an overlapping session. */
export interface OtherAdmission {
  appointmentId: number;
  bookingId: string;
  admissionCode: string;
  startsAt: string;
  at: string;
  by: string;
}

/**
 * DAY-8 is about the candidate: the admission of another booking held by the same document (its
 * keyed hash, whatever candidate row carries it) whose time overlaps [startsAt, startsAt +
 * duration). Run inside the admission's transaction; the database trigger of migration
 * 2026-11-30-080 refuses the same insert should anything skip this check.
 */
export async function otherAdmissionOfPerson(db: Db, appointmentId: number): Promise<OtherAdmission | null> {
  const a = await selectAppointments(db).where('a.id', '=', appointmentId).select(['a.id', 'a.starts_at as startsAt', 'a.duration_min as durationMin', 'c.id_hash as idHash']).executeTakeFirst();
  if (!a) return null;
  const start = Date.parse(a.startsAt);
  const end = start + a.durationMin * 60_000;
  const rows = await db
    .selectFrom('check_ins as ci')
    .innerJoin('appointments as a', 'a.id', 'ci.appointment_id')
    .innerJoin('candidates as c', 'c.id', 'a.candidate_id')
    .leftJoin('operators as op', 'op.id', 'ci.operator_id')
    .where('c.id_hash', '=', a.idHash)
    .where('a.id', '!=', a.id)
    .select(['a.id', 'a.booking_id', 'a.admission_code', 'a.starts_at', 'a.duration_min', 'ci.admitted_at', 'op.display_name'])
    .orderBy('ci.id')
    .execute();
  const hit = rows.find((r) => Date.parse(r.starts_at) < end && start < Date.parse(r.starts_at) + r.duration_min * 60_000);
  if (!hit) return null;
  return { appointmentId: hit.id, bookingId: hit.booking_id, admissionCode: hit.admission_code, startsAt: hit.starts_at, at: hit.admitted_at, by: hit.display_name ?? '' };
}
