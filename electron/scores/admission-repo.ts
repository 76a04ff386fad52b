import type { NotNull, Transaction } from 'kysely';
import type { Db } from '../store/db';
import type { DB } from '../store/schema';
import { selectAppointments } from '../store/appointments-query';

/** The statements of admissions as scores see them (admitted.ts, paper-admission.ts). */

/** The appointment's check-in, if it has one. */
export function checkInOf(db: Db, appointmentId: number) {
  return db.selectFrom('check_ins').select(['id', 'admitted_at']).where('appointment_id', '=', appointmentId).executeTakeFirst();
}

/** The candidate's name and booking, for a refusal's words. */
export function candidateOfAppointment(trx: Transaction<DB>, appointmentId: number) {
  return selectAppointments(trx).where('a.id', '=', appointmentId).select(['c.name', 'a.booking_id']).executeTakeFirst();
}

/** A seated appointment with its session's day and times, for an admission from the paper sheet. */
export function seatedAppointment(trx: Transaction<DB>, appointmentId: number) {
  return selectAppointments(trx)
    .where('a.id', '=', appointmentId)
    .where('es.id', 'is not', null)
    .select(['a.id', 'a.state', 'a.booking_id', 'es.local_date', 'es.starts_at', 'es.duration_min', 'c.name'])
    .$narrowType<{ local_date: NotNull; starts_at: NotNull; duration_min: NotNull }>()
    .executeTakeFirst();
}

export async function insertPaperCheckIn(trx: Transaction<DB>, row: { appointment_id: number; operator_id: number; desk: string; admitted_at: string }): Promise<void> {
  await trx
    .insertInto('check_ins')
    .values({ ...row, override_reason: null })
    .execute();
}

/** A no-show that the signed sheet says came: booked again. */
export async function unmarkNoShow(trx: Transaction<DB>, appointmentId: number): Promise<void> {
  await trx.updateTable('appointments').set({ state: 'booked' }).where('id', '=', appointmentId).execute();
}
