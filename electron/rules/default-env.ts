/** The shipped profiles and the chinese-days calendar; the store may pass extension rows. */
import type { CalendarRow } from '../../shared/rules/calendar-rows';
import { defaultCalendar } from './calendar/default-calendar';
import type { RuleEnv } from './rule-env';
import { loadProfiles } from './profiles';

let shipped: RuleEnv | null = null;

export function defaultRuleEnv(extension?: readonly CalendarRow[]): RuleEnv {
  if (extension && extension.length > 0) return { profiles: defaultRuleEnv().profiles, calendar: defaultCalendar(extension) };
  shipped ??= { profiles: loadProfiles(), calendar: defaultCalendar() };
  return shipped;
}
