import type { Insertable } from 'kysely';
import type { ResultsTable } from '../store/schema';
import type { Db } from '../store/db';

/** The session an appointment is booked in (null when it has none). */
export async function sessionOfAppointment(db: Db, appointmentId: number): Promise<number | null> {
  return (await db.selectFrom('appointments').select('session_id').where('id', '=', appointmentId).executeTakeFirstOrThrow()).session_id;
}

/** The candidates of the given appointments (one per appointment, in the store's order). */
export async function candidatesOfAppointments(db: Db, appointmentIds: number[]): Promise<number[]> {
  if (appointmentIds.length === 0) return [];
  return (await db.selectFrom('appointments').select('candidate_id').where('id', 'in', appointmentIds).execute()).map((a) => a.candidate_id);
}

/** A session's held results of one part, waiting for their release date. */
export function heldResultsOfSession(db: Db, sessionId: number, part: string) {
  return db
    .selectFrom('results as r')
    .innerJoin('appointments as a', 'a.id', 'r.appointment_id')
    .where('a.session_id', '=', sessionId)
    .where('r.part', '=', part)
    .where('r.state', '=', 'held')
    .select(['r.id', 'r.release_date', 'r.appointment_id'])
    .execute();
}

export async function markReleased(db: Db, resultId: number, at: string, operatorId: number): Promise<void> {
  await db.updateTable('results').set({ state: 'released', released_at: at, released_by: operatorId }).where('id', '=', resultId).execute();
}

export function resultById(db: Db, resultId: number) {
  return db.selectFrom('results').selectAll().where('id', '=', resultId).executeTakeFirst();
}

/** A result replaced by a correction or a cancellation stays as history, superseded. */
export async function markSuperseded(db: Db, resultId: number): Promise<void> {
  await db.updateTable('results').set({ state: 'superseded' }).where('id', '=', resultId).execute();
}

/** Writes a result row and reads it back whole. */
export function insertResult(db: Db, values: Insertable<ResultsTable>) {
  return db.insertInto('results').values(values).returningAll().executeTakeFirstOrThrow();
}
