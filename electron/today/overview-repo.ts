import type { JoinBuilder, Kysely } from 'kysely';
import type { Db } from '../store/db';
import type { CenterInfo } from '../../shared/today/contract';
import type { DB } from '../store/schema';

export async function firstCenter(db: Kysely<DB>): Promise<CenterInfo | null> {
  const c = await db.selectFrom('centers').selectAll().orderBy('id').limit(1).executeTakeFirst();
  return c ? { code: c.code, name: c.name, nameEn: c.name_en, timeZone: c.time_zone } : null;
}

/**
 * Sessions of one local date with booked / checked-in / absent counts per session, and the codes of
 * their subjects joined by commas (in no particular order; null when none). The codes are read by a
 * second query instead of SQLite's group_concat, so the same code runs on PostgreSQL (#19).
 */
export async function sessionsOfDate(db: Db, localDate: string) {
  const standing = (j: JoinBuilder<DB & { s: DB['exam_sessions']; a: DB['appointments'] }, 's' | 'a'>) => j.onRef('a.session_id', '=', 's.id').on('a.state', 'not in', ['cancelled', 'rescheduled']);
  const rows = await db
    .selectFrom('exam_sessions as s')
    .innerJoin('rooms as r', 'r.id', 's.room_id')
    .leftJoin('appointments as a', standing)
    .leftJoin('check_ins as c', 'c.appointment_id', 'a.id')
    .where('s.local_date', '=', localDate)
    .groupBy(['s.id', 'r.code', 'r.name', 's.starts_at', 's.duration_min'])
    .select((eb) => [
      's.id',
      'r.code as roomCode',
      'r.name as roomName',
      's.starts_at as startsAt',
      's.duration_min as durationMin',
      eb.fn.count<number>('a.id').as('booked'),
      eb.fn.count<number>('c.id').as('checkedIn'),
      eb.fn.sum<number>(eb.case().when('a.state', '=', 'no-show').then(1).else(0).end()).as('absent'),
    ])
    .orderBy('s.starts_at')
    .orderBy('r.code')
    .execute();
  const codes = await db
    .selectFrom('exam_sessions as s')
    .innerJoin('appointments as a', standing)
    .innerJoin('subjects as sub', 'sub.id', 'a.subject_id')
    .where('s.local_date', '=', localDate)
    .select(['s.id', 'sub.code'])
    .distinct()
    .execute();
  const subjectsOf = new Map<number, string[]>();
  for (const c of codes) subjectsOf.set(c.id, [...(subjectsOf.get(c.id) ?? []), c.code]);
  return rows.map((r) => ({ ...r, subjects: subjectsOf.get(r.id)?.join(',') ?? null }));
}
