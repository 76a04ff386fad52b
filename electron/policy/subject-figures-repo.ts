import type { Db } from '../store/db';
import type { CenterDay } from '../checkin/center-day';

/**
 * REP-1's rows: each standing appointment (not cancelled or moved away) with its subject, whether
 * it was admitted and whether it holds a released pass; optionally only those starting in `day`.
 */
export function subjectFigureRows(db: Db, day?: CenterDay) {
  let q = db
    .selectFrom('appointments as a')
    .innerJoin('subjects as s', 's.id', 'a.subject_id')
    .select((eb) => [
      's.code as subject',
      'a.id as id',
      eb.exists(eb.selectFrom('check_ins as c').select('c.id').whereRef('c.appointment_id', '=', 'a.id')).as('attended'),
      eb.exists(eb.selectFrom('results as r').select('r.id').whereRef('r.appointment_id', '=', 'a.id').where('r.state', '=', 'released').where('r.passed', '=', 1)).as('passed'),
    ])
    .where('a.state', 'not in', ['cancelled', 'rescheduled']);
  if (day) q = q.where('a.starts_at', '>=', day.start).where('a.starts_at', '<', day.end);
  return q.execute();
}
