import type { Kysely } from 'kysely';
import type { TodayPictures } from '../../shared/today/contract';
import type { DB } from '../store/schema';
import { localDateTime } from './local-time';
import { admissionsOn, refusalRuleIdsOn, sessionStartsOn } from './pictures-repo';

const BUCKET_MS = 5 * 60_000;
const hhmm = (ms: number, zone: string) => localDateTime(new Date(ms), zone).slice(11);

/** Arrivals per 5 minutes against the check-in windows, rooms filling up, refusals by rule. */
export async function dayPictures(db: Kysely<DB>, date: string, zone: string): Promise<TodayPictures> {
  const sessions = await sessionStartsOn(db, date);
  const people = await admissionsOn(db, date);
  const refusals = await refusalRuleIdsOn(db, date);

  const starts = [...new Set(sessions.map((s) => Date.parse(s.starts_at)))].sort((a, b) => a - b);
  const arrivals: TodayPictures['arrivals'] = [];
  if (starts.length > 0) {
    const admitted = people.flatMap((p) => (p.admitted_at ? [Date.parse(p.admitted_at)] : []));
    const from = Math.floor(admitted.reduce((m, a) => Math.min(m, a), starts[0]! - 90 * 60_000) / BUCKET_MS) * BUCKET_MS;
    const to = admitted.reduce((m, a) => Math.max(m, a), starts.at(-1)!);
    for (let t = from; t <= to; t += BUCKET_MS) arrivals.push({ time: hhmm(t, zone), admitted: admitted.filter((a) => a >= t && a < t + BUCKET_MS).length });
  }
  const byRule = new Map<string, number>();
  for (const r of refusals) {
    let ids: string[];
    try {
      ids = JSON.parse(r.rule_ids) as string[];
    } catch {
      ids = [];
    }
    const key = ids.length ? ids.join('+') : '—';
    byRule.set(key, (byRule.get(key) ?? 0) + 1);
  }
  return {
    date,
    arrivals,
    windowCloses: starts.map((s) => ({ start: hhmm(s, zone), closes: hhmm(s - 30 * 60_000, zone) })),
    rooms: sessions.map((s) => {
      const mine = people.filter((p) => p.session_id === s.id);
      const admitted = mine.filter((p) => p.admitted_at).length;
      const absent = mine.filter((p) => !p.admitted_at && p.state === 'no-show').length;
      return { label: `${s.code} ${hhmm(Date.parse(s.starts_at), zone)}`, admitted, absent, waiting: mine.length - admitted - absent };
    }),
    refusals: [...byRule.entries()].map(([rule, count]) => ({ rule, count })).sort((a, b) => b.count - a.count),
  };
}
