/**
 * BOOK-3: the national unified exam is on the last Saturday of the month, one week earlier when
 * that Saturday is a public holiday; registration opens 3 months before and closes at 00:00
 * (center time) ten days before.
 */
import { addDays, addMonths, lastWeekdayOfMonth, type LocalDate } from '../../shared/time/dates';
import { localMidnight } from '../../shared/time/zoned';
import type { WorkCalendar } from './calendar/work-calendar';

export interface NationalExamParams {
  weekday: number;
  holidayShiftDays: number;
  registrationOpensMonthsBefore: number;
  registrationClosesDaysBefore: number;
}

export const defaultNationalExamParams: NationalExamParams = {
  weekday: 6,
  holidayShiftDays: 7,
  registrationOpensMonthsBefore: 3,
  registrationClosesDaysBefore: 10,
};

export interface NationalExamDate {
  date: LocalDate;
  /** The last such weekday of the month, before any holiday shift. */
  lastWeekday: LocalDate;
  shifted: boolean;
  /** The holiday's name when shifted. */
  holiday: string | null;
}

export function nationalExamDate(calendar: WorkCalendar, year: number, month: number, params: NationalExamParams = defaultNationalExamParams): NationalExamDate {
  const last = lastWeekdayOfMonth(year, month, params.weekday);
  const info = calendar.dayInfo(last);
  if (info.kind !== 'holiday') return { date: last, lastWeekday: last, shifted: false, holiday: null };
  return { date: addDays(last, -params.holidayShiftDays), lastWeekday: last, shifted: true, holiday: info.name };
}

/** 00:00 center time of the exam date minus N days: registration (and deferral) closes then. */
export function registrationClosesAt(examDate: LocalDate, zone: string, params: NationalExamParams): number {
  return localMidnight(addDays(examDate, -params.registrationClosesDaysBefore), zone);
}

/** 00:00 center time of the exam date minus N calendar months. */
export function registrationOpensAt(examDate: LocalDate, zone: string, params: NationalExamParams): number {
  return localMidnight(addMonths(examDate, -params.registrationOpensMonthsBefore), zone);
}
