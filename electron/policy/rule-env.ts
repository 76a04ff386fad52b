import type { Kysely } from 'kysely';
import type { CalendarRow } from '../../shared/rules/calendar-rows';
import { defaultRuleEnv } from '../rules/default-env';
import type { RuleEnv } from '../rules/engine';
import type { DB } from '../store/schema';
import { calendarDaysInOrder } from './calendar-days-repo';

/** The manager's calendar extension rows, as stored. */
export async function calendarRows(db: Kysely<DB>): Promise<CalendarRow[]> {
  const rows = await calendarDaysInOrder(db);
  return rows.map((r) => (r.name ? { date: r.date, kind: r.kind, name: r.name } : { date: r.date, kind: r.kind }));
}

/** The rule environment of this desk: shipped profiles + the calendar with the store's rows. */
export async function ruleEnvFor(db: Kysely<DB>): Promise<RuleEnv> {
  return defaultRuleEnv(await calendarRows(db));
}
