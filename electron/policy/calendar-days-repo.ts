import type { Db } from '../store/db';
import type { CalendarDaysTable } from '../store/schema';

/** The stored holiday and make-up workday rows of one year. */
export function calendarDaysOfYear(db: Db, year: number) {
  return db.selectFrom('calendar_days').selectAll().where('date', 'like', `${year}-%`).execute();
}

/** Saves a calendar day, replacing what was stored for the same date. */
export async function saveCalendarDay(db: Db, row: { date: string; kind: CalendarDaysTable['kind']; name?: string | null }): Promise<void> {
  await db
    .insertInto('calendar_days')
    .values({ date: row.date, kind: row.kind, name: row.name ?? null })
    .onConflict((oc) => oc.column('date').doUpdateSet({ kind: row.kind, name: row.name ?? null }))
    .execute();
}

export async function deleteCalendarDays(db: Db, dates: string[]): Promise<void> {
  await db.deleteFrom('calendar_days').where('date', 'in', dates).execute();
}

/** Every stored calendar row, by date (the rule environment's extension of the shipped calendar). */
export function calendarDaysInOrder(db: Db) {
  return db.selectFrom('calendar_days').selectAll().orderBy('date').execute();
}
