/**
 * REP-1 from the store: per subject, registered (appointments not cancelled or moved away),
 * attended (admitted at check-in), passed (a released, passing result of an attended appointment)
 * and the pass rate (shared/rules/report.ts). Optionally for one center-local exam day.
 */
import { subjectReport, type SubjectReport } from '../../shared/rules/report';
import { dayOfDate } from '../checkin/center-day';
import type { Db } from '../store/db';
import { centerZone } from '../store/center-zone';

export async function subjectFigures(db: Db, opts: { date?: string } = {}): Promise<SubjectReport[]> {
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
  if (opts.date) {
    const day = dayOfDate(opts.date, await centerZone(db));
    q = q.where('a.starts_at', '>=', day.start).where('a.starts_at', '<', day.end);
  }
  const rows = await q.execute();
  return subjectReport(rows.map((r) => ({ subject: r.subject, attended: Boolean(r.attended), passed: Boolean(r.passed) })));
}
