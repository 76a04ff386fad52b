/**
 * A session's key across desks (#19): its room code and its UTC start, as `${roomCode}@${startsAt}`.
 * Desks number sessions in their own files, so the center names a session by what every desk's
 * copy of the day agrees on.
 */
export function sessionKey(roomCode: string, startsAtUtcIso: string): string {
  return `${roomCode}@${startsAtUtcIso}`;
}
