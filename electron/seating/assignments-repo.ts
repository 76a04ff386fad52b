import type { Insertable } from 'kysely';
import type { SeatAssignmentsTable, SeatFaultsTable, SeatPlansTable } from '../store/schema';
import type { Db } from '../store/db';

/** Unseats everyone of a session (before a new plan is written). */
export async function clearSessionSeats(db: Db, sessionId: number): Promise<void> {
  await db.deleteFrom('seat_assignments').where('session_id', '=', sessionId).execute();
}

/** Unseats the given appointments (a move, a swap or a fault frees their seats first: UNIQUE session + seat). */
export async function unseat(db: Db, appointmentIds: number[]): Promise<void> {
  await db.deleteFrom('seat_assignments').where('appointment_id', 'in', appointmentIds).execute();
}

export async function insertSeatAssignment(db: Db, values: Insertable<SeatAssignmentsTable>): Promise<void> {
  await db.insertInto('seat_assignments').values(values).execute();
}

/** Records a session's plan (seed, figure, who and when), replacing an earlier one. */
export async function saveSeatPlan(db: Db, plan: Insertable<SeatPlansTable>): Promise<void> {
  const { seed, adjacent_same_subject, generated_at, generated_by } = plan;
  await db
    .insertInto('seat_plans')
    .values(plan)
    .onConflict((oc) => oc.column('session_id').doUpdateSet({ seed, adjacent_same_subject, generated_at, generated_by }))
    .execute();
}

export async function insertSeatFault(db: Db, values: Insertable<SeatFaultsTable>): Promise<void> {
  await db.insertInto('seat_faults').values(values).execute();
}
