import { formatLocal, localDateOf } from '../../shared/time/zoned';

/** Center-local wall-clock text of an instant, e.g. "2026-12-05 09:00". */
export function localDateTime(instant: Date | string, timeZone: string): string {
  return formatLocal(typeof instant === 'string' ? Date.parse(instant) : instant.getTime(), timeZone);
}

/** The center-local date of an instant, "YYYY-MM-DD". */
export function localDate(instant: Date | string, timeZone: string): string {
  return localDateOf(typeof instant === 'string' ? Date.parse(instant) : instant.getTime(), timeZone);
}
