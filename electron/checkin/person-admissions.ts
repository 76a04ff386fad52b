import type { Db } from '../store/db';
import { appointmentPerson, otherAdmissionsOfDocument } from './check-ins-repo';

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
  const a = await appointmentPerson(db, appointmentId);
  if (!a) return null;
  const start = Date.parse(a.startsAt);
  const end = start + a.durationMin * 60_000;
  const rows = await otherAdmissionsOfDocument(db, a.idHash, a.id);
  const hit = rows.find((r) => Date.parse(r.starts_at) < end && start < Date.parse(r.starts_at) + r.duration_min * 60_000);
  if (!hit) return null;
  return { appointmentId: hit.id, bookingId: hit.booking_id, admissionCode: hit.admission_code, startsAt: hit.starts_at, at: hit.admitted_at, by: hit.display_name ?? '' };
}
