/**
 * Each session's check-in cut-off as the screens count down to it (DAY-1 / DAY-2): the latest
 * boundary of the session's appointments by their own profile (the same rule close-window.ts
 * applies), whether closing is allowed now, and who has not come yet. The renderer computes no rule.
 */
import type { Kysely } from 'kysely';
import type { NotArrived, SessionCutoff } from '../../shared/checkin/types';
import type { DB } from '../store/schema';
import { localText } from './center-day';
import { checkInWindow, profileOf } from './check-in-window';
import { checkinRuleEnv } from './rule-env';
import { bookedOrNoShowIn } from './check-ins-repo';

async function bookedOf(db: Kysely<DB>, sessionIds: number[]) {
  if (sessionIds.length === 0) return [];
  return bookedOrNoShowIn(db, sessionIds);
}

/** Cut-off per session id (absent: no appointment has an admission rule, e.g. online exams). */
export async function sessionCutoffs(db: Kysely<DB>, sessionIds: number[], now: number, timeZone: string): Promise<Map<number, SessionCutoff>> {
  const env = await checkinRuleEnv(db);
  const bySession = new Map<number, { ruleId: 'DAY-1' | 'DAY-2'; boundary: number; open: boolean }>();
  for (const r of await bookedOf(db, sessionIds)) {
    const w = checkInWindow(profileOf(env.profiles, r.profile_id, { paidAt: r.paid_at, startsAt: r.starts_at }), Date.parse(r.starts_at));
    if (!w || r.session_id === null) continue;
    const prev = bySession.get(r.session_id);
    const open = !w.closed(now) || (prev?.open ?? false);
    if (!prev || w.boundary > prev.boundary) bySession.set(r.session_id, { ruleId: w.ruleId, boundary: w.boundary, open });
    else prev.open = open;
  }
  const out = new Map<number, SessionCutoff>();
  for (const [id, c] of bySession) {
    const at = new Date(c.boundary).toISOString();
    out.set(id, { ruleId: c.ruleId, at, atLocal: localText(at, timeZone), closable: !c.open });
  }
  return out;
}

/** The session's booked candidates not admitted yet (not marked absent either). */
export async function notArrived(db: Kysely<DB>, sessionId: number): Promise<NotArrived[]> {
  return (await bookedOf(db, [sessionId])).filter((r) => r.check_in_id === null && r.state === 'booked').map((r) => ({ appointmentId: r.id, admissionCode: r.admission_code, candidateName: r.name }));
}
