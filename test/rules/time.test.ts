import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addCalendarMonths,
  addDays,
  addMonths,
  daysBetween,
  endOfLocalDate,
  formatLocal,
  formatLocalIso,
  instantOfLocal,
  isValidLocalDate,
  isValidTimeZone,
  lastWeekdayOfMonth,
  localDateOf,
  localDateProblem,
  localMidnight,
  offsetMsAt,
  parseInstant,
  weekdayOf,
} from '../../shared/time';

const SH = 'Asia/Shanghai';
const BER = 'Europe/Berlin';

describe('shared/time dates', () => {
  it('validates calendar dates and explains impossible ones', () => {
    expect(isValidLocalDate('2024-02-29')).toBe(true);
    expect(isValidLocalDate('2026-02-29')).toBe(false);
    expect(localDateProblem('2026-02-30')).toMatch(/2026-02 has 28 days/);
    expect(localDateProblem('2026-13-01')).toMatch(/no month 13/);
    expect(localDateProblem('2026-1-01')).toMatch(/YYYY-MM-DD/);
    expect(isValidLocalDate('1900-02-29')).toBe(false);
    expect(isValidLocalDate('2000-02-29')).toBe(true);
  });

  it('adds days across months and years, and counts days between', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2026-12-05', '2026-12-15')).toBe(10);
    expect(daysBetween('2026-12-15', '2026-12-05')).toBe(-10);
  });

  it('adds months with end-of-month clamping (RULES.md section 8)', () => {
    expect(addMonths('2024-02-29', 24)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2026-08-31', -6)).toBe('2026-02-28');
    expect(addMonths('2026-11-11', 12)).toBe('2027-11-11');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('knows weekdays and the last given weekday of a month', () => {
    expect(weekdayOf('2026-12-05')).toBe(6);
    expect(weekdayOf('1970-01-01')).toBe(4);
    expect(lastWeekdayOfMonth(2024, 7, 6)).toBe('2024-07-27');
    expect(lastWeekdayOfMonth(2026, 2, 6)).toBe('2026-02-28');
    expect(lastWeekdayOfMonth(2023, 9, 6)).toBe('2023-09-30');
  });
});

describe('shared/time zoned (Asia/Shanghai, no DST)', () => {
  it('parses instants with offsets and rejects impossible ones', () => {
    expect(parseInstant('2026-12-05T09:00:00+08:00')).toBe(Date.UTC(2026, 11, 5, 1));
    expect(parseInstant('2026-12-05T01:00Z')).toBe(Date.UTC(2026, 11, 5, 1));
    expect(parseInstant('2026-12-05T01:00:00.5Z')).toBe(Date.UTC(2026, 11, 5, 1, 0, 0, 500));
    expect(() => parseInstant('2026-02-30T09:00:00+08:00')).toThrow(/28 days/);
    expect(() => parseInstant('2026-12-05T24:00:00+08:00')).toThrow(/impossible time/);
    expect(() => parseInstant('2026-12-05T09:00:00')).toThrow(/offset or Z/);
  });

  it('gives local date, midnight and formatting', () => {
    const t = parseInstant('2026-12-04T16:30:00Z');
    expect(localDateOf(t, SH)).toBe('2026-12-05');
    expect(formatLocal(t, SH)).toBe('2026-12-05 00:30');
    expect(formatLocalIso(t, SH)).toBe('2026-12-05T00:30:00+08:00');
    expect(localMidnight('2026-12-05', SH)).toBe(parseInstant('2026-12-05T00:00:00+08:00'));
    expect(endOfLocalDate('2026-12-05', SH)).toBe(parseInstant('2026-12-06T00:00:00+08:00'));
    expect(offsetMsAt(t, SH)).toBe(8 * 3_600_000);
  });

  it('adds calendar months keeping the local time', () => {
    const paid = parseInstant('2024-02-29T10:15:00+08:00');
    expect(formatLocalIso(addCalendarMonths(paid, 24, SH), SH)).toBe('2026-02-28T10:15:00+08:00');
    const late = parseInstant('2026-01-31T23:30:00+08:00');
    expect(formatLocalIso(addCalendarMonths(late, 1, SH), SH)).toBe('2026-02-28T23:30:00+08:00');
  });

  it('validates zone names', () => {
    expect(isValidTimeZone(SH)).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('shared/time zoned (Europe/Berlin, with DST)', () => {
  it('has different offsets in winter and summer', () => {
    expect(offsetMsAt(parseInstant('2026-01-15T12:00:00Z'), BER)).toBe(3_600_000);
    expect(offsetMsAt(parseInstant('2026-07-15T12:00:00Z'), BER)).toBe(7_200_000);
  });

  it('resolves a skipped local time forward by the gap (spring forward)', () => {
    // 2026-03-29 02:00 -> 03:00 in Berlin.
    const t = instantOfLocal('2026-03-29', '02:30', BER);
    expect(formatLocalIso(t, BER)).toBe('2026-03-29T03:30:00+02:00');
  });

  it('resolves a repeated local time to the earlier instant (fall back)', () => {
    // 2026-10-25 03:00 -> 02:00 in Berlin: 02:30 happens twice.
    const t = instantOfLocal('2026-10-25', '02:30', BER);
    expect(new Date(t).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('keeps local wall time across DST when adding days or months', () => {
    const winter = parseInstant('2026-03-28T09:00:00+01:00');
    expect(formatLocalIso(addCalendarDays(winter, 1, BER), BER)).toBe('2026-03-29T09:00:00+02:00');
    expect(addCalendarDays(winter, 1, BER) - winter).toBe(23 * 3_600_000);
    expect(formatLocalIso(addCalendarMonths(winter, 1, BER), BER)).toBe('2026-04-28T09:00:00+02:00');
    expect(localMidnight('2026-03-29', BER)).toBe(parseInstant('2026-03-29T00:00:00+01:00'));
    expect(endOfLocalDate('2026-03-29', BER) - localMidnight('2026-03-29', BER)).toBe(23 * 3_600_000);
  });

  it('round-trips local times on ordinary days', () => {
    for (const [d, tm] of [
      ['2026-06-01', '00:00'],
      ['2026-12-31', '23:59'],
      ['2024-02-29', '12:00'],
    ] as const) {
      const t = instantOfLocal(d, tm, BER);
      expect(formatLocal(t, BER)).toBe(`${d} ${tm}`);
    }
  });
});
