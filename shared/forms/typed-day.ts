import { isValidLocalDate } from '../time/dates';

/**
 * What an operator typed into a day field, as the center's 'YYYY-MM-DD', or null while it is not a
 * whole day that exists (a half-typed '2026-12-0' chooses nothing; the field keeps the last day).
 * Accepts 2026-12-05, 2026/12/05, 2026.12.05 and 20261205.
 */
export function parseTypedDay(text: string): string | null {
  const s = text.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  const split = compact ?? /^(\d{4})[-/.](\d{2})[-/.](\d{2})$/.exec(s);
  if (!split) return null;
  const day = `${split[1]}-${split[2]}-${split[3]}`;
  return isValidLocalDate(day) ? day : null;
}
