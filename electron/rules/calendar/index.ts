export { WorkCalendar, CalendarRangeError, type DayInfo, type DayTables } from './work-calendar';
export { defaultCalendar, chineseDaysTables } from './default-calendar';
