import type { PolicyProfile } from '../../shared/rules/profile-schema';
import type { WorkCalendar } from './calendar/work-calendar';

/** What the engine decides against besides the request: the policy profiles and the work calendar. */
export interface RuleEnv {
  profiles: readonly PolicyProfile[];
  calendar: WorkCalendar;
}
