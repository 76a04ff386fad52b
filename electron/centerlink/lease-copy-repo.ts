import type { Db } from '../store/db';

/*
 * The desk's copy of the center's leases (#19): which desk may admit a session's candidates while
 * the center is unreachable. Replaced as a whole whenever the center answers.
 */

/** Replaces the copy with the center's current leases (call inside one transaction). */
export async function replaceLeaseCopy(db: Db, leases: readonly { sessionKey: string; desk: string }[], at: string): Promise<void> {
  await db.deleteFrom('center_lease_copy').execute();
  for (const l of leases) {
    await db.insertInto('center_lease_copy').values({ session_key: l.sessionKey, desk: l.desk, copied_at: at }).execute();
  }
}

/** The desk a session is leased to in the copy, or null when it is leased to none. */
export async function leasedDesk(db: Db, sessionKey: string): Promise<string | null> {
  const row = await db.selectFrom('center_lease_copy').select('desk').where('session_key', '=', sessionKey).executeTakeFirst();
  return row?.desk ?? null;
}

export async function listLeaseCopy(db: Db): Promise<{ sessionKey: string; desk: string; copiedAt: string }[]> {
  const rows = await db.selectFrom('center_lease_copy').selectAll().orderBy('session_key').execute();
  return rows.map((r) => ({ sessionKey: r.session_key, desk: r.desk, copiedAt: r.copied_at }));
}

/** The room code and UTC start of an appointment's session (its key across desks), or undefined without a session. */
export async function appointmentSession(db: Db, appointmentId: number): Promise<{ roomCode: string; startsAt: string } | undefined> {
  return db
    .selectFrom('appointments as a')
    .innerJoin('exam_sessions as s', 's.id', 'a.session_id')
    .innerJoin('rooms as r', 'r.id', 's.room_id')
    .where('a.id', '=', appointmentId)
    .select(['r.code as roomCode', 's.starts_at as startsAt'])
    .executeTakeFirst();
}
