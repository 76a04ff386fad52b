/**
 * The demo exam day (`npm run desk -- demo --db PATH [--date YYYY-MM-DD] [--seed N]`): what the
 * center offers (demo-catalogue.ts), the seeded plan of the day (demo-plan.ts) and the writer
 * (demo-day.ts).
 */
export { generateDemo, type DemoOptions, type DemoSummary } from './demo-day';
export { DEMO_CENTER, DEMO_DEFAULT_SEED, DEMO_OPERATORS, DEMO_ROOMS, DEMO_SUBJECTS } from './demo-catalogue';
