import type { Kysely } from 'kysely';
import type { CenterInfo } from '../../shared/today/contract';
import type { DB } from '../store/schema';

export async function firstCenter(db: Kysely<DB>): Promise<CenterInfo | null> {
  const c = await db.selectFrom('centers').selectAll().orderBy('id').limit(1).executeTakeFirst();
  return c ? { code: c.code, name: c.name, nameEn: c.name_en, timeZone: c.time_zone } : null;
}

/** Sessions of one local date with booked / checked-in / absent counts per session. */
export async function sessionsOfDate(db: Kysely<DB>, localDate: string) {
  return db
    .selectFrom('exam_sessions as s')
    .innerJoin('rooms as r', 'r.id', 's.room_id')
    .leftJoin('appointments as a', (j) => j.onRef('a.session_id', '=', 's.id').on('a.state', 'not in', ['cancelled', 'rescheduled']))
    .leftJoin('check_ins as c', 'c.appointment_id', 'a.id')
    .leftJoin('subjects as sub', 'sub.id', 'a.subject_id')
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
      eb.fn<string | null>('group_concat', [eb.fn('distinct', ['sub.code'])]).as('subjects'),
    ])
    .orderBy('s.starts_at')
    .orderBy('r.code')
    .execute();
}
