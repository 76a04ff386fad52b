import type { Insertable } from 'kysely';
import type { IncidentsTable } from '../store/schema';
import type { Db } from '../store/db';

/** The session an incident is recorded in, with its center-local day. */
export function sessionDay(db: Db, sessionId: number) {
  return db.selectFrom('exam_sessions').select(['id', 'local_date']).where('id', '=', sessionId).executeTakeFirst();
}

/** The session an appointment is booked in (undefined when there is no such appointment). */
export function appointmentSession(db: Db, appointmentId: number) {
  return db.selectFrom('appointments').select('session_id').where('id', '=', appointmentId).executeTakeFirst();
}

export async function insertIncident(db: Db, values: Insertable<IncidentsTable>): Promise<number> {
  return (await db.insertInto('incidents').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Closes an incident that is still open; false when nothing was open to close (closed once). */
export async function closeOpenIncident(db: Db, id: number, close: { closedBy: number; closedAt: string; resolution: string }): Promise<boolean> {
  const r = await db.updateTable('incidents').set({ closed_by: close.closedBy, closed_at: close.closedAt, resolution: close.resolution }).where('id', '=', id).where('closed_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function incidentExists(db: Db, id: number): Promise<boolean> {
  return (await db.selectFrom('incidents').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}
