/**
 * Plain calendar dates ("YYYY-MM-DD", proleptic Gregorian, no time zone). Pure arithmetic on
 * integers; no Date object ever reads the machine's zone here.
 */
export type LocalDate = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export interface DateParts {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why `text` is not a valid local date, or null when it is one. */
export function localDateProblem(text: string): string | null {
  const m = DATE_RE.exec(text);
  if (!m) return `"${text}" is not a date in the form YYYY-MM-DD`;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12) return `${text}: there is no month ${month}`;
  const dim = daysInMonth(year, month);
  if (day < 1 || day > dim) return `${text} does not exist: ${year}-${m[2]} has ${dim} days`;
  return null;
}

export function isValidLocalDate(text: string): boolean {
  return localDateProblem(text) === null;
}

export function parseLocalDate(text: string): DateParts {
  const problem = localDateProblem(text);
  if (problem) throw new RangeError(problem);
  return { year: Number(text.slice(0, 4)), month: Number(text.slice(5, 7)), day: Number(text.slice(8, 10)) };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function formatLocalDate(p: DateParts): LocalDate {
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** Days since 1970-01-01 of a calendar date (its "day number"). */
export function dayNumber(date: LocalDate): number {
  const p = parseLocalDate(date);
  return Math.round(Date.UTC(p.year, p.month - 1, p.day) / DAY_MS);
}

export function dateOfDayNumber(n: number): LocalDate {
  const d = new Date(n * DAY_MS);
  return formatLocalDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** b - a in days (positive when b is later). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return dayNumber(b) - dayNumber(a);
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  // ISO dates compare correctly as strings once validated.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(date: LocalDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/**
 * Add calendar months; a day that does not exist in the target month becomes that month's last
 * day (2024-01-31 + 1 month = 2024-02-29; 2024-02-29 + 24 months = 2026-02-28).
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const p = parseLocalDate(date);
  const index = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return formatLocalDate({ year, month, day: Math.min(p.day, daysInMonth(year, month)) });
}

/** The last date in month `month` of `year` that falls on `weekday` (0 = Sunday). */
export function lastWeekdayOfMonth(year: number, month: number, weekday: number): LocalDate {
  const last = formatLocalDate({ year, month, day: daysInMonth(year, month) });
  const back = (weekdayOf(last) - weekday + 7) % 7;
  return addDays(last, -back);
}
