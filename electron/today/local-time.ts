/** Center-local wall-clock text of an instant, e.g. "2026-12-05 09:00", via Intl (no library). */
export function localDateTime(instant: Date | string, timeZone: string): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(d)
    .replace(',', '');
}

export function localDate(instant: Date | string, timeZone: string): string {
  return localDateTime(instant, timeZone).slice(0, 10);
}
