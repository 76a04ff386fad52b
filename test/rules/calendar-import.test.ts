import { afterEach, describe, expect, test } from 'vitest';
import { importCalendarNotice } from '../../electron/policy/calendar-import';
import { defaultRuleEnv } from '../../electron/rules/default-env';
import { diffCalendar, parseHolidayNotice } from '../../shared/rules/calendar-notice';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk, type TestDesk } from '../support/test-core';

/** The State Council's 2025 notice (国办发明电〔2024〕12号), as a manager would type it. */
const notice2025 = [
  'date,kind,name',
  '2025-01-01,holiday,元旦',
  ...['01-28', '01-29', '01-30', '01-31', '02-01', '02-02', '02-03', '02-04'].map((d) => `2025-${d},holiday,春节`),
  '2025-01-26,workday,春节',
  '2025-02-08,workday,春节',
  ...['04-04', '04-05', '04-06'].map((d) => `2025-${d},holiday,清明节`),
  ...['05-01', '05-02', '05-03', '05-04', '05-05'].map((d) => `2025-${d},holiday,劳动节`),
  '2025-04-27,workday,劳动节',
  ...['05-31', '06-01', '06-02'].map((d) => `2025-${d},holiday,端午节`),
  ...['10-01', '10-02', '10-03', '10-04', '10-05', '10-06', '10-07', '10-08'].map((d) => `2025-${d},holiday,国庆节、中秋节`),
  '2025-09-28,workday,国庆节、中秋节',
  '2025-10-11,workday,国庆节、中秋节',
].join('\n');

const ics2025 = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  ...[
    ['20250101', '20250102', '元旦'],
    ['20250128', '20250205', '春节'],
    ['20250126', '20250127', '春节（班）'],
    ['20250208', '20250209', '春节（班）'],
    ['20250404', '20250407', '清明节'],
    ['20250501', '20250506', '劳动节'],
    ['20250427', '20250428', '劳动节（班）'],
    ['20250531', '20250603', '端午节'],
    ['20251001', '20251009', '国庆节、中秋节'],
    ['20250928', '20250929', '国庆节、中秋节（班）'],
    ['20251011', '20251012', '国庆节、中秋节（班）'],
  ].flatMap(([s, e, n]) => ['BEGIN:VEVENT', `DTSTART;VALUE=DATE:${s}`, `DTEND;VALUE=DATE:${e}`, `SUMMARY:${n}`, 'END:VEVENT']),
  'END:VCALENDAR',
].join('\r\n');

describe('a year’s official holiday notice as a file (CSV or iCalendar)', () => {
  test('the 2025 notice as CSV and as iCalendar gives the same rows, and they agree with the shipped 2025 calendar', () => {
    const csv = parseHolidayNotice(notice2025);
    const ics = parseHolidayNotice(ics2025);
    expect(csv).toMatchObject({ ok: true, year: 2025 });
    expect(ics).toEqual(csv);
    if (!csv.ok) return;
    const shipped = defaultRuleEnv().calendar;
    for (const r of csv.rows) expect(shipped.isWorkingDay(r.date), r.date).toBe(r.kind === 'workday');
  });

  test('a partial year is refused, naming what is missing', () => {
    const partial = notice2025
      .split('\n')
      .filter((l) => !l.includes('国庆') && !l.includes('端午'))
      .join('\n');
    expect(parseHolidayNotice(partial)).toEqual({ ok: false, problem: { code: 'MISSING_HOLIDAYS', year: 2025, missing: ['dragon-boat', 'mid-autumn', 'national-day'] } });
    expect(parseHolidayNotice(`${notice2025}\n2026-01-01,holiday,元旦`)).toMatchObject({ ok: false, problem: { code: 'SEVERAL_YEARS' } });
    expect(parseHolidayNotice('date,kind,name\n2025-02-30,holiday,春节')).toMatchObject({ ok: false, problem: { code: 'BAD_LINE', line: 2 } });
  });

  test('the diff names rows added, changed and removed against the stored rows of that year only', () => {
    const parsed = parseHolidayNotice(notice2025);
    if (!parsed.ok) throw new Error('2025 notice refused');
    const stored = [
      { date: '2025-01-01', kind: 'holiday' as const, name: '元旦' },
      { date: '2025-01-27', kind: 'workday' as const, name: '春节' },
      { date: '2025-10-01', kind: 'holiday' as const, name: '国庆节' },
      { date: '2026-01-01', kind: 'holiday' as const, name: '元旦' },
    ];
    const changes = diffCalendar(stored, 2025, parsed.rows);
    expect(changes.filter((c) => c.change === 'removed')).toEqual([{ date: '2025-01-27', change: 'removed', before: { kind: 'workday', name: '春节' }, after: null }]);
    expect(changes.find((c) => c.date === '2025-10-01')).toMatchObject({ change: 'changed', after: { name: '国庆节、中秋节' } });
    expect(changes.filter((c) => c.change === 'added')).toHaveLength(parsed.rows.length - 2);
  });
});

const tempDir = useTempDir();
let desk: TestDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

describe('importCalendarNotice on the store', () => {
  test('replaces the year’s rows with the file’s, audited in the same transaction; a dry run and a partial year write nothing', async () => {
    desk = await openTestDesk(tempDir());
    const db = desk.core.store.db;
    await db.insertInto('calendar_days').values({ date: '2025-03-03', kind: 'holiday', name: 'typed by hand' }).execute();
    const opts = { at: '2026-12-05T01:00:00.000Z', operatorId: null, door: 'cli' as const, fileName: 'notice-2025.csv' };
    const dry = await importCalendarNotice(db, notice2025, { ...opts, apply: false });
    expect(dry).toMatchObject({ ok: true, applied: false });
    expect(await db.selectFrom('calendar_days').select('date').where('date', 'like', '2025-%').execute()).toEqual([{ date: '2025-03-03' }]);

    const partial = await importCalendarNotice(
      db,
      notice2025
        .split('\n')
        .filter((l) => !l.includes('清明'))
        .join('\n'),
      { ...opts, apply: true },
    );
    expect(partial).toMatchObject({ ok: false, message: expect.stringContaining('Qingming Festival') });

    const done = await importCalendarNotice(db, notice2025, { ...opts, apply: true });
    expect(done).toMatchObject({ ok: true, applied: true, year: 2025 });
    const rows = await db.selectFrom('calendar_days').selectAll().where('date', 'like', '2025-%').orderBy('date').execute();
    expect(rows.map((r) => r.date)).not.toContain('2025-03-03');
    expect(rows).toHaveLength(33);
    const audit = await db.selectFrom('audit_log').select(['action', 'detail_json']).where('action', '=', 'rules.calendarImport').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.detail_json)).toMatchObject({ year: 2025, rows: 33, removed: 1, door: 'cli' });
  });
});
