/** The rule engine's public surface for the rest of the main process. */
export { decide, decideAll, describeIssues, type RuleEnv } from './engine';
export { runDecide, exitCodeOf } from './cli-decide';
export { defaultRuleEnv } from './default-env';
export { loadProfiles, profileFor, isInForce, shippedProfiles, ProfileLoadError } from './profiles';
export { WorkCalendar, CalendarRangeError, defaultCalendar } from './calendar';
export { nationalExamDate } from './national-exam';
