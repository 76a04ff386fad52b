/**
 * Working days of the official Chinese calendar (RULES.md "Time"): weekends off, public holidays
 * off, make-up working weekends (调休) on. Built from the chinese-days tables shipped in the
 * package (offline) plus the manager's extension rows. A date outside the covered years is a
 * CalendarRangeError, never a guess.
 */
import { addDays, compareDates, parseLocalDate, weekdayOf, type LocalDate } from '../../../shared/time/dates';
import type { CalendarRow, DayKind } from '../../../shared/rules/calendar-rows';

export class CalendarRangeError extends Error {
  readonly code = 'OUTSIDE_CALENDAR' as const;
  constructor(
    readonly date: LocalDate,
    readonly coveredYears: readonly number[],
  ) {
    super(`${date} is outside the working-day calendar (covered years: ${describeYears(coveredYears)}); ` + `import that year's official holiday notice first`);
    this.name = 'CalendarRangeError';
  }
}

function describeYears(years: readonly number[]): string {
  if (years.length === 0) return 'none';
  const parts: string[] = [];
  let start = years[0] as number;
  let prev = start;
  for (const y of [...years.slice(1), Number.NaN]) {
    if (y === prev + 1) {
      prev = y;
      continue;
    }
    parts.push(start === prev ? `${start}` : `${start}-${prev}`);
    start = y;
    prev = y;
  }
  return parts.join(', ');
}

/** The two tables of the chinese-days package: date -> "English,中文,n". */
export interface DayTables {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

interface Entry {
  kind: 'holiday' | 'workday';
  name: string;
}

export interface DayInfo {
  date: LocalDate;
  kind: DayKind;
  working: boolean;
  name: string | null;
}

export class WorkCalendar {
  private readonly entries = new Map<string, Entry>();
  private readonly yearSet = new Set<number>();

  constructor(base: DayTables, extension: readonly CalendarRow[] = []) {
    for (const [date, label] of Object.entries(base.holidays)) this.put(date, 'holiday', label);
    for (const [date, label] of Object.entries(base.workdays)) this.put(date, 'workday', label);
    for (const row of extension) this.put(row.date, row.kind, row.name ?? '');
  }

  private put(date: string, kind: Entry['kind'], label: string): void {
    const { year } = parseLocalDate(date);
    this.yearSet.add(year);
    const parts = label.split(',');
    const name = parts.length >= 2 ? `${parts[1]} / ${parts[0]}` : label;
    this.entries.set(date, { kind, name });
  }

  /** The covered years, ascending. */
  get years(): number[] {
    return [...this.yearSet].sort((a, b) => a - b);
  }

  covers(date: LocalDate): boolean {
    return this.yearSet.has(parseLocalDate(date).year);
  }

  private check(date: LocalDate): void {
    if (!this.covers(date)) throw new CalendarRangeError(date, this.years);
  }

  dayInfo(date: LocalDate): DayInfo {
    this.check(date);
    const entry = this.entries.get(date);
    const weekend = [0, 6].includes(weekdayOf(date));
    if (entry?.kind === 'holiday') return { date, kind: 'holiday', working: false, name: entry.name };
    if (entry?.kind === 'workday') return { date, kind: weekend ? 'makeup-workday' : 'workday', working: true, name: entry.name };
    return { date, kind: weekend ? 'weekend' : 'workday', working: !weekend, name: null };
  }

  isWorkingDay(date: LocalDate): boolean {
    return this.dayInfo(date).working;
  }

  /** A public holiday day off (including weekend days inside a holiday period). */
  isPublicHoliday(date: LocalDate): boolean {
    return this.dayInfo(date).kind === 'holiday';
  }

  /** Working days strictly between a and b (both excluded); 0 when b <= a + 1 day. */
  workingDaysBetween(a: LocalDate, b: LocalDate): number {
    this.check(a);
    this.check(b);
    let n = 0;
    for (let d = addDays(a, 1); compareDates(d, b) < 0; d = addDays(d, 1)) if (this.isWorkingDay(d)) n += 1;
    return n;
  }

  /** The last working day strictly before `date`. */
  lastWorkingDayBefore(date: LocalDate): LocalDate {
    this.check(date);
    let d = addDays(date, -1);
    while (!this.isWorkingDay(d)) d = addDays(d, -1);
    return d;
  }

  /** The first working day strictly after `date`. */
  nextWorkingDayAfter(date: LocalDate): LocalDate {
    this.check(date);
    let d = addDays(date, 1);
    while (!this.isWorkingDay(d)) d = addDays(d, 1);
    return d;
  }

  /** The n-th working day after `date` (n >= 1), `date` itself not counted. */
  addWorkingDays(date: LocalDate, n: number): LocalDate {
    let d = date;
    for (let i = 0; i < n; i += 1) d = this.nextWorkingDayAfter(d);
    return d;
  }
}
