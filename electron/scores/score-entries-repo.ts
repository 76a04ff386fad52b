import type { Insertable, Updateable } from 'kysely';
import type { ScoreResolutionsTable, ScoresTable } from '../store/schema';
import type { Db } from '../store/db';

/** Whether a manager has resolved the part's disagreement. */
export async function isResolved(db: Db, appointmentId: number, part: string): Promise<boolean> {
  return (await db.selectFrom('score_resolutions').select('id').where('appointment_id', '=', appointmentId).where('part', '=', part).executeTakeFirst()) !== undefined;
}

/** The (at most two) operators' entries of a part, in the order they were written. */
export function scoreEntries(db: Db, appointmentId: number, part: string) {
  return db.selectFrom('scores').selectAll().where('appointment_id', '=', appointmentId).where('part', '=', part).execute();
}

/** The entries of a part by entry number (first, then second). */
export function scoreEntriesByNumber(db: Db, appointmentId: number, part: string) {
  return db.selectFrom('scores').selectAll().where('appointment_id', '=', appointmentId).where('part', '=', part).orderBy('entry_no').execute();
}

export async function updateScoreEntry(db: Db, id: number, values: Updateable<ScoresTable>): Promise<void> {
  await db.updateTable('scores').set(values).where('id', '=', id).execute();
}

export async function insertScoreEntry(db: Db, values: Insertable<ScoresTable>): Promise<void> {
  await db.insertInto('scores').values(values).execute();
}

export async function insertResolution(db: Db, values: Insertable<ScoreResolutionsTable>): Promise<void> {
  await db.insertInto('score_resolutions').values(values).execute();
}
