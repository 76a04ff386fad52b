import type { CalendarRow } from '../../shared/rules/calendar-rows';
import { defaultRuleEnv } from '../rules/default-env';
import type { RuleEnv } from '../rules/engine';
import type { Db } from '../store/db';
import { calendarDaysInOrder } from '../policy/calendar-days-repo';

/** The shipped profiles and the working-day calendar with this desk's extension rows. */
export async function checkinRuleEnv(db: Db): Promise<RuleEnv> {
  const rows = await calendarDaysInOrder(db);
  const ext: CalendarRow[] = rows.map((r) => (r.name ? { date: r.date, kind: r.kind, name: r.name } : { date: r.date, kind: r.kind }));
  return defaultRuleEnv(ext);
}
