import type { Insertable } from 'kysely';
import type { AppointmentsTable } from '../store/schema';
import type { Db } from '../store/db';

export function appointmentRow(db: Db, appointmentId: number) {
  return db.selectFrom('appointments').selectAll().where('id', '=', appointmentId).executeTakeFirstOrThrow();
}

/** The sessions starting after an instant, earliest first, with their room's working seats and their live bookings. */
export function sessionsAfterWithRoom(db: Db, startsAfter: string) {
  return db
    .selectFrom('exam_sessions as es')
    .where('es.starts_at', '>', startsAfter)
    .select((eb) => [
      'es.id',
      'es.starts_at',
      'es.duration_min',
      eb
        .selectFrom('seats')
        .whereRef('seats.room_id', '=', 'es.room_id')
        .where('seats.status', '=', 'ok')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('working'),
      eb
        .selectFrom('appointments')
        .whereRef('appointments.session_id', '=', 'es.id')
        .where('appointments.state', 'not in', ['cancelled', 'rescheduled'])
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('booked'),
    ])
    .orderBy('es.starts_at')
    .execute();
}

/** The old appointment stays on record, marked rescheduled. */
export async function markRescheduled(db: Db, appointmentId: number): Promise<void> {
  await db.updateTable('appointments').set({ state: 'rescheduled' }).where('id', '=', appointmentId).execute();
}

export async function insertAppointment(db: Db, values: Insertable<AppointmentsTable>): Promise<number> {
  return (await db.insertInto('appointments').values(values).returning('id').executeTakeFirstOrThrow()).id;
}
