import type { Kysely } from 'kysely';
import type { DB } from '../store/schema';

/** The sessions of one center-local date in this desk's copy, with their room (the manager leases them to desks). */
export function sessionsForLeases(db: Kysely<DB>, localDate: string) {
  return db
    .selectFrom('exam_sessions as s')
    .innerJoin('rooms as r', 'r.id', 's.room_id')
    .where('s.local_date', '=', localDate)
    .select(['s.id', 'r.code as roomCode', 'r.name as roomName', 's.starts_at as startsAt'])
    .orderBy('s.starts_at')
    .orderBy('r.code')
    .execute();
}

/** Candidates' names by admission code, from this desk's copy of the roster (a conflict names its candidate). */
export async function namesByAdmissionCode(db: Kysely<DB>, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db.selectFrom('appointments as a').innerJoin('candidates as c', 'c.id', 'a.candidate_id').where('a.admission_code', 'in', codes).select(['a.admission_code as code', 'c.name']).execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}
