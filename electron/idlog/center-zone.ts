import { addDays } from '../../shared/time/dates';
import { localMidnight } from '../../shared/time/zoned';
import type { Db } from '../store/db';

/** The center's time zone (Asia/Shanghai when no center is set up yet). */
export async function logZone(db: Db): Promise<string> {
  const c = await db.selectFrom('centers').select('time_zone').orderBy('id').limit(1).executeTakeFirst();
  return c?.time_zone ?? 'Asia/Shanghai';
}

/** UTC bounds [start, end) of a center-local date. */
export function dayBounds(date: string, zone: string): { dayStart: string; dayEnd: string } {
  return {
    dayStart: new Date(localMidnight(date, zone)).toISOString(),
    dayEnd: new Date(localMidnight(addDays(date, 1), zone)).toISOString(),
  };
}
