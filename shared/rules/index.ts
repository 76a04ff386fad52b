/** The rule engine's shared contract: request schemas, verdict types, profiles, catalogue. */
export * from './verdict';
export * from './requests';
export * from './profile-ids';
export * from './profile-schema';
export * from './rule-ids';
export * from './catalogue';
export * from './report';
export * from './calendar-rows';
export * from './primitives';
