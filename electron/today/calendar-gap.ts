import type { CalendarGap } from '../../shared/today/contract';
import { addDays, type LocalDate } from '../../shared/time/dates';

/**
 * How far ahead the dashboard looks for a year the working-day calendar does not cover. The State
 * Council publishes next year's holiday schedule in the autumn; from 60 days before the new year a
 * manager is reminded to enter it, before a deadline counted in working days crosses into that year.
 */
export const CALENDAR_LOOKAHEAD_DAYS = 60;

/** The first year between `today` and the look-ahead that the calendar lacks, or null. */
export function calendarGap(coveredYears: readonly number[], today: LocalDate): CalendarGap | null {
  const covered = new Set(coveredYears);
  const first = Number(today.slice(0, 4));
  const last = Number(addDays(today, CALENDAR_LOOKAHEAD_DAYS).slice(0, 4));
  for (let year = first; year <= last; year += 1) {
    if (!covered.has(year)) {
      const before = coveredYears.filter((y) => y < year);
      return { year, lastCoveredYear: before.length > 0 ? Math.max(...before) : null };
    }
  }
  return null;
}
