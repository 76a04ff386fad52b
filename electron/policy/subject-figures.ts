/**
 * REP-1 from the store: per subject, registered (appointments not cancelled or moved away),
 * attended (admitted at check-in), passed (a released, passing result of an attended appointment)
 * and the pass rate (shared/rules/report.ts). Optionally for one center-local exam day.
 */
import { subjectReport, type SubjectReport } from '../../shared/rules/report';
import { dayOfDate } from '../checkin/center-day';
import type { Db } from '../store/db';
import { centerZone } from '../store/center-zone';
import { subjectFigureRows } from './subject-figures-repo';

export async function subjectFigures(db: Db, opts: { date?: string } = {}): Promise<SubjectReport[]> {
  const day = opts.date ? dayOfDate(opts.date, await centerZone(db)) : undefined;
  const rows = await subjectFigureRows(db, day);
  return subjectReport(rows.map((r) => ({ subject: r.subject, attended: Boolean(r.attended), passed: Boolean(r.passed) })));
}
