/** The shipped calendar: the chinese-days package's official tables (offline) + extension rows. */
import chineseDays from 'chinese-days/dist/chinese-days.json';
import type { CalendarRow } from '../../../shared/rules/calendar-rows';
import { WorkCalendar, type DayTables } from './work-calendar';

export const chineseDaysTables: DayTables = {
  holidays: (chineseDays as DayTables).holidays,
  workdays: (chineseDays as DayTables).workdays,
};

export function defaultCalendar(extension: readonly CalendarRow[] = []): WorkCalendar {
  return new WorkCalendar(chineseDaysTables, extension);
}
