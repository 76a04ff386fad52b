import { systemClock, tickingClockFrom, type Clock } from './clock';

/** `--clock <ISO instant>` starts the desk's clock at that moment and lets it tick. */
export function clockFromOption(value: string | undefined): Clock {
  if (!value) return systemClock;
  const start = new Date(value);
  if (Number.isNaN(start.getTime())) {
    throw new Error(`--clock: "${value}" is not an ISO date-time such as 2026-12-05T08:20:00+08:00`);
  }
  return tickingClockFrom(start);
}
