import type { Say } from '../../shared/ipc/result';

/**
 * The words of a "the rules cannot decide" refusal. A date beyond the working-day calendar gets a
 * sentence of its own that says what to do (enter that year's official holiday schedule); any other
 * rule error keeps the caller's sentence with the engine's detail.
 */
export function undecidedSay(say: Say, error: { code: string; date?: string }): Say {
  if (error.code !== 'OUTSIDE_CALENDAR' || !error.date) return say;
  return { key: 'rules.outsideCalendar', params: { date: error.date, year: Number(error.date.slice(0, 4)) } };
}
