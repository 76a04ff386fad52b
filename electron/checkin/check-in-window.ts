/**
 * When a session's check-in window closes, by the profile of each appointment's subject:
 * DAY-1 (test-center flow): admitted if arrival <= start - 30 min, so closed once now is after it;
 * DAY-2 (legacy): admitted while arrival < start + 30 min, so closed from start + 30 min on.
 * The profile version is the one the engine would pick (in force at payment, else at the start).
 */
import type { PolicyProfile } from '../../shared/rules/profile-schema';
import { profileFor } from '../rules/profiles';

export interface CheckInWindow {
  ruleId: 'DAY-1' | 'DAY-2';
  /** The boundary instant (ms): the last admissible arrival (DAY-1) or the closing instant (DAY-2). */
  boundary: number;
  closed(now: number): boolean;
}

export function profileOf(profiles: readonly PolicyProfile[], profileId: string, anchor: { paidAt: string | null; startsAt: string }): PolicyProfile | null {
  return profileFor(profiles, profileId, anchor.paidAt ?? anchor.startsAt) ?? profiles.filter((p) => p.id === profileId).sort((x, y) => y.version - x.version)[0] ?? null;
}

/** The window of one appointment, or null when its profile has no admission rule (online exams). */
export function checkInWindow(profile: PolicyProfile | null, startMs: number): CheckInWindow | null {
  const rule = profile?.parameters.admission;
  if (!rule) return null;
  if (rule.rule === 'arrive-before') {
    const latest = startMs - rule.minutesBefore * 60_000;
    return { ruleId: 'DAY-1', boundary: latest, closed: (now) => now > latest };
  }
  const closes = startMs + rule.closesMinutesAfter * 60_000;
  return { ruleId: 'DAY-2', boundary: closes, closed: (now) => now >= closes };
}
