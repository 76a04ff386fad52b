import type { Transaction } from 'kysely';
import type { Db } from '../store/db';
import type { DB } from '../store/schema';
import { selectAppointments } from '../store/appointments-query';

/** The statements of admissions and of closing a window (admit.ts, close-window.ts, person-admissions.ts). */

export async function insertCheckIn(trx: Transaction<DB>, row: { appointment_id: number; operator_id: number; desk: string; admitted_at: string; override_reason: string | null }): Promise<number> {
  return (await trx.insertInto('check_ins').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export function examSessionStart(trx: Transaction<DB>, sessionId: number) {
  return trx.selectFrom('exam_sessions').select(['id', 'starts_at']).where('id', '=', sessionId).executeTakeFirst();
}

/** The sessions' booked and no-show appointments with what their check-in window depends on. */
export function bookedOrNoShowIn(db: Db, sessionIds: number[]) {
  return selectAppointments(db)
    .where('a.session_id', 'in', sessionIds)
    .where('a.state', 'in', ['booked', 'no-show'])
    .select(['a.id', 'a.session_id', 'a.admission_code', 'a.state', 'a.starts_at', 'c.name', 's.profile_id', 'o.paid_at', 'ci.id as check_in_id'])
    .orderBy('a.id')
    .execute();
}

/** A booked appointment becomes a no-show (a repeat changes nothing). */
export async function markNoShow(trx: Transaction<DB>, appointmentId: number): Promise<void> {
  await trx.updateTable('appointments').set({ state: 'no-show' }).where('id', '=', appointmentId).where('state', '=', 'booked').execute();
}

/** The appointment's time and its candidate's document hash. */
export function appointmentPerson(db: Db, appointmentId: number) {
  return selectAppointments(db).where('a.id', '=', appointmentId).select(['a.id', 'a.starts_at as startsAt', 'a.duration_min as durationMin', 'c.id_hash as idHash']).executeTakeFirst();
}

/** The admissions of other appointments held by the same document hash, oldest first. */
export function otherAdmissionsOfDocument(db: Db, idHash: string, appointmentId: number) {
  return db
    .selectFrom('check_ins as ci')
    .innerJoin('appointments as a', 'a.id', 'ci.appointment_id')
    .innerJoin('candidates as c', 'c.id', 'a.candidate_id')
    .leftJoin('operators as op', 'op.id', 'ci.operator_id')
    .where('c.id_hash', '=', idHash)
    .where('a.id', '!=', appointmentId)
    .select(['a.id', 'a.booking_id', 'a.admission_code', 'a.starts_at', 'a.duration_min', 'ci.admitted_at', (eb) => eb.fn.coalesce('op.display_name', 'ci.operator_name').as('display_name')])
    .orderBy('ci.id')
    .execute();
}
