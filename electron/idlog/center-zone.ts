import { addDays } from '../../shared/time/dates';
import { localMidnight } from '../../shared/time/zoned';

/** UTC bounds [start, end) of a center-local date. */
export function dayBounds(date: string, zone: string): { dayStart: string; dayEnd: string } {
  return {
    dayStart: new Date(localMidnight(date, zone)).toISOString(),
    dayEnd: new Date(localMidnight(addDays(date, 1), zone)).toISOString(),
  };
}
