/**
 * Instants and wall-clock time in an IANA time zone, with Intl only (no library, no reliance on
 * the machine's own zone). An instant is a number of milliseconds since the epoch (UTC).
 */
import { addDays, addMonths, formatLocalDate, parseLocalDate, type LocalDate } from './dates';

export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

export interface LocalTime {
  hour: number;
  minute: number;
  second?: number;
  millisecond?: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
      era: 'short',
    });
    formatters.set(zone, f);
  }
  return f;
}

export function isValidTimeZone(zone: string): boolean {
  if (typeof zone !== 'string' || zone.length === 0) return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** Wall-clock fields of `instant` in `zone`. */
export function localDateTimeOf(instant: number, zone: string): LocalDateTime {
  if (!Number.isFinite(instant)) throw new RangeError(`not an instant: ${instant}`);
  const parts = formatterFor(zone).formatToParts(new Date(instant));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  let year = get('year');
  const era = parts.find((p) => p.type === 'era')?.value;
  if (era === 'BC' || era === 'B') year = 1 - year;
  const millisecond = ((instant % 1000) + 1000) % 1000;
  return {
    year,
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
    millisecond,
  };
}

function wallMs(f: LocalDateTime): number {
  const d = new Date(0);
  d.setUTCFullYear(f.year, f.month - 1, f.day);
  d.setUTCHours(f.hour, f.minute, f.second, f.millisecond);
  return d.getTime();
}

/** The zone's offset from UTC at `instant`, in milliseconds (+08:00 -> 28_800_000). */
export function offsetMsAt(instant: number, zone: string): number {
  return wallMs(localDateTimeOf(instant, zone)) - instant;
}

export function localDateOf(instant: number, zone: string): LocalDate {
  const f = localDateTimeOf(instant, zone);
  return formatLocalDate(f);
}

/**
 * The instant at which the wall clock in `zone` shows `date` `time`. Like Temporal's
 * "compatible" disambiguation: a time repeated by a backward shift resolves to the earlier
 * instant; a time skipped by a forward shift moves forward by the gap (02:30 -> 03:30).
 */
export function instantOfLocal(date: LocalDate, time: LocalTime | string, zone: string): number {
  const p = parseLocalDate(date);
  const t = typeof time === 'string' ? parseLocalTime(time) : time;
  const fields: LocalDateTime = {
    ...p,
    hour: t.hour,
    minute: t.minute,
    second: t.second ?? 0,
    millisecond: t.millisecond ?? 0,
  };
  const wall = wallMs(fields);
  const before = offsetMsAt(wall - 86_400_000, zone);
  const after = offsetMsAt(wall + 86_400_000, zone);
  const candidates = [...new Set([wall - before, wall - after])].filter((c) => c + offsetMsAt(c, zone) === wall).sort((a, b) => a - b);
  if (candidates.length > 0) return candidates[0] as number;
  return wall - before;
}

const TIME_RE = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

export function parseLocalTime(text: string): LocalTime {
  const m = TIME_RE.exec(text);
  if (!m) throw new RangeError(`"${text}" is not a time in the form HH:mm or HH:mm:ss`);
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  const second = m[3] === undefined ? 0 : Number(m[3]);
  if (hour > 23 || minute > 59 || second > 59) throw new RangeError(`"${text}" is not a time of day`);
  return { hour, minute, second };
}

/** 00:00 of `date` in `zone` (or the first instant of that date if midnight is skipped). */
export function localMidnight(date: LocalDate, zone: string): number {
  return instantOfLocal(date, { hour: 0, minute: 0 }, zone);
}

/** 00:00 of the local date that follows `date`: the first instant after the whole of `date`. */
export function endOfLocalDate(date: LocalDate, zone: string): number {
  return localMidnight(addDays(date, 1), zone);
}

const pad = (n: number, w = 2): string => String(Math.abs(n)).padStart(w, '0');

/** "YYYY-MM-DD HH:mm" on the wall clock of `zone`. */
export function formatLocal(instant: number, zone: string): string {
  const f = localDateTimeOf(instant, zone);
  return `${formatLocalDate(f)} ${pad(f.hour)}:${pad(f.minute)}`;
}

/** ISO 8601 with the zone's offset at that instant: "2026-12-05T09:00:00+08:00". */
export function formatLocalIso(instant: number, zone: string): string {
  const f = localDateTimeOf(instant, zone);
  const offMin = Math.round(offsetMsAt(instant, zone) / 60_000);
  const sign = offMin < 0 ? '-' : '+';
  const ms = f.millisecond ? `.${String(f.millisecond).padStart(3, '0')}` : '';
  return `${formatLocalDate(f)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}${ms}` + `${sign}${pad(Math.floor(Math.abs(offMin) / 60))}:${pad(Math.abs(offMin) % 60)}`;
}

/** The UTC ISO form used in verdicts: "2026-12-05T01:00:00.000Z". */
export function formatUtc(instant: number): string {
  return new Date(instant).toISOString();
}

/**
 * Add calendar months to the local date of `instant` and keep its local time; a day missing in
 * the target month becomes that month's last day (RULES.md section 8).
 */
export function addCalendarMonths(instant: number, months: number, zone: string): number {
  const f = localDateTimeOf(instant, zone);
  const date = addMonths(formatLocalDate(f), months);
  return instantOfLocal(date, f, zone);
}

/** Add calendar days to the local date of `instant`, keeping its local time. */
export function addCalendarDays(instant: number, days: number, zone: string): number {
  const f = localDateTimeOf(instant, zone);
  return instantOfLocal(addDays(formatLocalDate(f), days), f, zone);
}

const INSTANT_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-](\d{2}):(\d{2}))$/;

/** Why `text` is not an ISO 8601 instant with an offset, or null when it is one. */
export function instantProblem(text: string): string | null {
  const m = INSTANT_RE.exec(text);
  if (!m) return `"${text}" is not an instant like 2026-12-05T09:00:00+08:00 (an offset or Z is required)`;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  const p = parseLocalDateSafe(date);
  if (typeof p === 'string') return p;
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59) return `"${text}" has an impossible time of day`;
  if (m[8] !== 'Z' && (Number(m[9]) > 18 || Number(m[10]) > 59)) return `"${text}" has an impossible offset`;
  return null;
}

function parseLocalDateSafe(date: string): string | ReturnType<typeof parseLocalDate> {
  try {
    return parseLocalDate(date);
  } catch (e) {
    return (e as Error).message;
  }
}

/** Milliseconds since the epoch of an ISO 8601 instant with offset; throws RangeError if invalid. */
export function parseInstant(text: string): number {
  const problem = instantProblem(text);
  if (problem) throw new RangeError(problem);
  const m = INSTANT_RE.exec(text) as RegExpExecArray;
  const frac = (m[7] ?? '').padEnd(3, '0').slice(0, 3);
  const wall = wallMs({
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4]),
    minute: Number(m[5]),
    second: Number(m[6] ?? 0),
    millisecond: Number(frac),
  });
  if (m[8] === 'Z') return wall;
  const sign = (m[8] as string).startsWith('-') ? -1 : 1;
  return wall - sign * (Number(m[9]) * 60 + Number(m[10])) * 60_000;
}
