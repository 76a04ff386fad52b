import { describe, expect, it } from 'vitest';
import { CalendarRangeError, WorkCalendar } from '../../electron/rules/calendar/work-calendar';
import { chineseDaysTables, defaultCalendar } from '../../electron/rules/calendar/default-calendar';
import { calendarTableSchema } from '../../shared/rules/calendar-rows';

const cal = defaultCalendar();

describe('WorkCalendar from chinese-days (offline)', () => {
  it('covers 2004 to 2026 and nothing else', () => {
    expect(cal.years[0]).toBe(2004);
    expect(cal.years.at(-1)).toBe(2026);
    expect(cal.covers('2026-12-31')).toBe(true);
    expect(cal.covers('2027-01-01')).toBe(false);
    expect(cal.covers('2003-12-31')).toBe(false);
  });

  it('knows weekends, public holidays and make-up working weekends', () => {
    expect(cal.dayInfo('2026-12-05')).toMatchObject({ kind: 'weekend', working: false });
    expect(cal.dayInfo('2026-12-07')).toMatchObject({ kind: 'workday', working: true });
    expect(cal.dayInfo('2026-10-01')).toMatchObject({ kind: 'holiday', working: false });
    expect(cal.dayInfo('2026-10-01').name).toMatch(/国庆节/);
    // 2026-02-28 is a Saturday made a working day for the Spring Festival (调休).
    expect(cal.dayInfo('2026-02-28')).toMatchObject({ kind: 'makeup-workday', working: true });
    // 2026-02-16 is a Monday inside the Spring Festival holiday.
    expect(cal.isWorkingDay('2026-02-16')).toBe(false);
    expect(cal.isPublicHoliday('2026-02-21')).toBe(true);
  });

  it('counts working days strictly between two dates', () => {
    expect(cal.workingDaysBetween('2026-12-07', '2026-12-08')).toBe(0);
    expect(cal.workingDaysBetween('2026-12-07', '2026-12-14')).toBe(4);
    expect(cal.workingDaysBetween('2026-09-30', '2026-10-12')).toBe(3); // Oct 8, 9 and the make-up Saturday Oct 10
    expect(cal.workingDaysBetween('2026-12-10', '2026-12-01')).toBe(0);
  });

  it('finds the last working day before and the next after a date', () => {
    expect(cal.lastWorkingDayBefore('2026-12-07')).toBe('2026-12-04');
    expect(cal.lastWorkingDayBefore('2026-10-08')).toBe('2026-09-30');
    expect(cal.nextWorkingDayAfter('2026-09-30')).toBe('2026-10-08');
    expect(cal.addWorkingDays('2026-12-04', 7)).toBe('2026-12-15');
  });

  it('throws a typed CalendarRangeError outside its years, never guesses', () => {
    expect(() => cal.isWorkingDay('2027-01-04')).toThrow(CalendarRangeError);
    expect(() => cal.workingDaysBetween('2026-12-20', '2027-01-10')).toThrow(/outside the working-day calendar/);
    try {
      cal.isWorkingDay('2027-01-04');
    } catch (e) {
      expect((e as CalendarRangeError).code).toBe('OUTSIDE_CALENDAR');
      expect((e as CalendarRangeError).coveredYears.at(-1)).toBe(2026);
    }
  });

  it('takes a manager extension table that covers a new year and corrects a day', () => {
    const rows = calendarTableSchema.parse([
      { date: '2027-01-01', kind: 'holiday', name: '元旦' },
      { date: '2027-02-20', kind: 'workday', name: '春节调休' },
      { date: '2026-12-07', kind: 'holiday', name: 'local correction' },
    ]);
    const ext = new WorkCalendar(chineseDaysTables, rows);
    expect(ext.covers('2027-06-01')).toBe(true);
    expect(ext.isWorkingDay('2027-01-01')).toBe(false);
    expect(ext.dayInfo('2027-02-20').kind).toBe('makeup-workday');
    expect(ext.isWorkingDay('2027-01-04')).toBe(true);
    expect(ext.isWorkingDay('2026-12-07')).toBe(false);
    expect(ext.years.at(-1)).toBe(2027);
  });

  it('rejects extension rows with impossible dates, naming the row', () => {
    const r = calendarTableSchema.safeParse([{ date: '2027-02-30', kind: 'holiday' }]);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual([0, 'date']);
    expect(r.error?.issues[0]?.message).toMatch(/28 days/);
  });
});
