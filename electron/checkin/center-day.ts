import { addDays } from '../../shared/time/dates';
import { formatLocal, localDateOf, localMidnight } from '../../shared/time/zoned';
import type { Db } from '../store/db';

export const DEFAULT_ZONE = 'Asia/Shanghai';

/** The desk's current day: center-local date and its UTC bounds [start, end). */
export interface CenterDay {
  timeZone: string;
  date: string;
  /** ISO UTC of 00:00 center time. */
  start: string;
  /** ISO UTC of 00:00 center time of the next day (exclusive). */
  end: string;
}

/** The center's time zone (first center of the store; Asia/Shanghai when none is set up). */
export async function centerZone(db: Db): Promise<string> {
  const c = await db.selectFrom('centers').select('time_zone').orderBy('id').limit(1).executeTakeFirst();
  return c?.time_zone ?? DEFAULT_ZONE;
}

export function dayOf(now: Date, timeZone: string): CenterDay {
  const date = localDateOf(now.getTime(), timeZone);
  return dayOfDate(date, timeZone);
}

export function dayOfDate(date: string, timeZone: string): CenterDay {
  return {
    timeZone,
    date,
    start: new Date(localMidnight(date, timeZone)).toISOString(),
    end: new Date(localMidnight(addDays(date, 1), timeZone)).toISOString(),
  };
}

export async function centerDay(db: Db, now: Date): Promise<CenterDay> {
  return dayOf(now, await centerZone(db));
}

/** "YYYY-MM-DD HH:mm" center time of an ISO instant. */
export function localText(instant: string, timeZone: string): string {
  return formatLocal(Date.parse(instant), timeZone);
}
