import type { Db } from '../store/db';

/**
 * The appointments of a center-local day the what-if panel offers (at most 300, by start then
 * pinyin), narrowed by the start of a name or its pinyin, or an exact booking id.
 */
export async function appointmentIdsOfDay(db: Db, date: string, query?: string): Promise<number[]> {
  let q = db
    .selectFrom('appointments as a')
    .innerJoin('exam_sessions as es', 'es.id', 'a.session_id')
    .innerJoin('candidates as c', 'c.id', 'a.candidate_id')
    .where('es.local_date', '=', date)
    .select(['a.id'])
    .orderBy('a.starts_at')
    .orderBy('c.pinyin_compact')
    .orderBy('a.id')
    .limit(300);
  const text = query?.trim();
  if (text) {
    // lower() on both sides: SQLite's LIKE ignores ASCII case and PostgreSQL's does not (#19).
    const pinyin = text.toLowerCase().replace(/\s+/g, '');
    q = q.where((eb) =>
      eb.or([eb(eb.fn('lower', ['c.name']), 'like', eb.fn('lower', [eb.val(`${text}%`)])), eb(eb.fn('lower', ['c.pinyin_compact']), 'like', eb.fn('lower', [eb.val(`${pinyin}%`)])), eb('a.booking_id', '=', text)]),
    );
  }
  return (await q.execute()).map((r) => r.id);
}
