import type { Insertable, Updateable } from 'kysely';
import type { ExamSessionsTable, RoomsTable, SeatsTable } from '../store/schema';
import type { Db } from '../store/db';

/** The id of the store's first center (rooms belong to it), if one is set up. */
export async function firstCenterId(db: Db): Promise<number | undefined> {
  return (await db.selectFrom('centers').select('id').orderBy('id').limit(1).executeTakeFirst())?.id;
}

/** The room of a center that holds a code, if any. */
export function roomWithCode(db: Db, centerId: number, code: string) {
  return db.selectFrom('rooms').select('id').where('code', '=', code).where('center_id', '=', centerId).executeTakeFirst();
}

export function roomById(db: Db, roomId: number) {
  return db.selectFrom('rooms').select(['id', 'code']).where('id', '=', roomId).executeTakeFirst();
}

export async function insertRoom(db: Db, values: Insertable<RoomsTable>): Promise<number> {
  return (await db.insertInto('rooms').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateRoom(db: Db, roomId: number, values: Updateable<RoomsTable>): Promise<void> {
  await db.updateTable('rooms').set(values).where('id', '=', roomId).execute();
}

export function seatsOfRoom(db: Db, roomId: number) {
  return db.selectFrom('seats').selectAll().where('room_id', '=', roomId).execute();
}

/** Whether a candidate is planned on the seat in a session that is still open. */
export async function seatPlannedInOpenSession(db: Db, seatId: number): Promise<boolean> {
  const planned = await db
    .selectFrom('seat_assignments as sa')
    .innerJoin('exam_sessions as es', 'es.id', 'sa.session_id')
    .where('sa.seat_id', '=', seatId)
    .where('es.closed_at', 'is', null)
    .select('sa.id')
    .executeTakeFirst();
  return planned !== undefined;
}

/** Whether anyone was ever seated on the seat (history that keeps the seat row). */
export async function seatEverAssigned(db: Db, seatId: number): Promise<boolean> {
  return (await db.selectFrom('seat_assignments').select('id').where('seat_id', '=', seatId).executeTakeFirst()) !== undefined;
}

/** Whether the seat was ever marked failed (history that keeps the seat row). */
export async function seatEverFaulted(db: Db, seatId: number): Promise<boolean> {
  return (await db.selectFrom('seat_faults').select('seat_id').where('seat_id', '=', seatId).executeTakeFirst()) !== undefined;
}

export async function deleteSeat(db: Db, seatId: number): Promise<void> {
  await db.deleteFrom('seats').where('id', '=', seatId).execute();
}

export async function updateSeat(db: Db, seatId: number, values: Updateable<SeatsTable>): Promise<void> {
  await db.updateTable('seats').set(values).where('id', '=', seatId).execute();
}

export async function insertSeat(db: Db, values: Insertable<SeatsTable>): Promise<void> {
  await db.insertInto('seats').values(values).execute();
}

/** The sessions of a room on a center-local day. */
export function sessionsOfRoomOnDay(db: Db, roomId: number, localDate: string) {
  return db.selectFrom('exam_sessions').select(['id', 'starts_at', 'duration_min']).where('room_id', '=', roomId).where('local_date', '=', localDate).execute();
}

export async function insertSession(db: Db, values: Insertable<ExamSessionsTable>): Promise<number> {
  return (await db.insertInto('exam_sessions').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** How many seats of a room are in working order. */
export async function workingSeatCount(db: Db, roomId: number): Promise<number> {
  const working = await db
    .selectFrom('seats')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('room_id', '=', roomId)
    .where('status', '=', 'ok')
    .executeTakeFirstOrThrow();
  return Number(working.n);
}

/** The center's rooms by code (or the one room asked for). */
export function roomsByCode(db: Db, roomId?: number) {
  let q = db.selectFrom('rooms').selectAll().orderBy('code');
  if (roomId !== undefined) q = q.where('id', '=', roomId);
  return q.execute();
}
