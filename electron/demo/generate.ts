/** The demo day generator (see demo-day.ts). */
export { generateDemo, DEMO_OPERATORS, type DemoOptions, type DemoSummary } from './demo-day';
