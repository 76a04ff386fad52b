/**
 * Takes in a year's official holiday notice (shared/rules/calendar-notice.ts): refuses a partial
 * year, says what changes against the stored rows, and replaces that year's rows with the file's
 * in one transaction with its audit entry. A year is covered only by rows a manager imported.
 */
import type { Kysely } from 'kysely';
import { diffCalendar, describeNoticeProblem, parseHolidayNotice, type CalendarChange, type NoticeProblem } from '../../shared/rules/calendar-notice';
import type { CalendarRow } from '../../shared/rules/calendar-rows';
import { appendAudit } from '../audit/audit-log';
import { calendarDaysOfYear, deleteCalendarDays, saveCalendarDay } from './calendar-days-repo';
import type { DB } from '../store/schema';

export type CalendarImportResult = { ok: true; year: number; rows: number; changes: CalendarChange[]; applied: boolean } | { ok: false; problem: NoticeProblem; message: string };

export async function importCalendarNotice(db: Kysely<DB>, text: string, opts: { at: string; operatorId: number | null; door: 'cli' | 'desk'; fileName: string; apply: boolean }): Promise<CalendarImportResult> {
  const parsed = parseHolidayNotice(text);
  if (!parsed.ok) return { ok: false, problem: parsed.problem, message: describeNoticeProblem(parsed.problem) };
  const { year, rows } = parsed;
  return db.transaction().execute(async (trx) => {
    const stored: CalendarRow[] = (await calendarDaysOfYear(trx, year)).map((r) => (r.name === null ? { date: r.date, kind: r.kind } : { date: r.date, kind: r.kind, name: r.name }));
    const changes = diffCalendar(stored, year, rows);
    if (!opts.apply || changes.length === 0) return { ok: true as const, year, rows: rows.length, changes, applied: false };
    const removed = changes.filter((c) => c.change === 'removed').map((c) => c.date);
    if (removed.length) await deleteCalendarDays(trx, removed);
    for (const r of rows) await saveCalendarDay(trx, r);
    const count = (k: CalendarChange['change']) => changes.filter((c) => c.change === k).length;
    await appendAudit(trx, {
      at: opts.at,
      operatorId: opts.operatorId,
      action: 'rules.calendarImport',
      subjectType: 'calendar',
      detail: { year, file: opts.fileName, rows: rows.length, added: count('added'), changed: count('changed'), removed: count('removed'), door: opts.door },
    });
    return { ok: true as const, year, rows: rows.length, changes, applied: true };
  });
}
