/**
 * A year's official holiday notice (国务院办公厅关于某年部分节假日安排的通知) taken in as a file:
 * CSV with a header `date,kind,name` (kind: holiday | workday, or 休 / 班) or iCalendar (all-day
 * VEVENTs; a SUMMARY with 班 / 补班 / workday is a make-up working day, any other a holiday).
 * The notice must cover one whole year: every one of the seven public holidays appears. Nothing
 * here is invented: the rows are exactly the file's. Pure (no node:, no DOM): the Rules screen
 * previews with it and the main process imports with it.
 */
import { addDays, compareDates, isValidLocalDate } from '../time/dates';
import type { CalendarRow } from './calendar-rows';

export const PUBLIC_HOLIDAYS = [
  { id: 'new-year', zh: '元旦', en: "New Year's Day", match: /元旦|new\s*year/i },
  { id: 'spring-festival', zh: '春节', en: 'Spring Festival', match: /春节|spring\s*festival|chinese\s*new\s*year/i },
  { id: 'qingming', zh: '清明节', en: 'Qingming Festival', match: /清明|qingming|tomb/i },
  { id: 'labour-day', zh: '劳动节', en: 'Labour Day', match: /劳动|labou?r/i },
  { id: 'dragon-boat', zh: '端午节', en: 'Dragon Boat Festival', match: /端午|dragon\s*boat/i },
  { id: 'mid-autumn', zh: '中秋节', en: 'Mid-Autumn Festival', match: /中秋|mid-?\s*autumn/i },
  { id: 'national-day', zh: '国庆节', en: 'National Day', match: /国庆|national\s*day/i },
] as const;
export type PublicHolidayId = (typeof PUBLIC_HOLIDAYS)[number]['id'];

export type NoticeProblem =
  | { code: 'EMPTY' }
  | { code: 'BAD_LINE'; line: number; text: string }
  | { code: 'SEVERAL_YEARS'; years: number[] }
  | { code: 'DUPLICATE_DATE'; date: string }
  | { code: 'MISSING_HOLIDAYS'; year: number; missing: PublicHolidayId[] };

export type NoticeParse = { ok: true; year: number; rows: CalendarRow[] } | { ok: false; problem: NoticeProblem };

function kindOf(text: string): CalendarRow['kind'] | null {
  const t = text.trim().toLowerCase();
  if (t === 'holiday' || t === '休' || t === 'off') return 'holiday';
  if (t === 'workday' || t === '班' || t === 'work') return 'workday';
  return null;
}

function parseCsv(text: string): CalendarRow[] | NoticeProblem {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const rows: CalendarRow[] = [];
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || (i === 0 && /^date\s*,/i.test(line))) return;
    const [date = '', kind = '', ...name] = line.split(',');
    const k = kindOf(kind);
    if (!isValidLocalDate(date.trim()) || !k) throw { code: 'BAD_LINE', line: i + 1, text: raw } satisfies NoticeProblem;
    const n = name.join(',').trim().replace(/^"|"$/g, '');
    rows.push(n ? { date: date.trim(), kind: k, name: n } : { date: date.trim(), kind: k });
  });
  return rows;
}

function icsDate(v: string | undefined): string | null {
  const m = /(\d{4})(\d{2})(\d{2})/.exec(v ?? '');
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function parseIcs(text: string): CalendarRow[] | NoticeProblem {
  const unfolded = text.replace(/\r?\n[ \t]/g, '');
  const rows: CalendarRow[] = [];
  for (const block of unfolded.split(/BEGIN:VEVENT/).slice(1)) {
    const body = block.split(/END:VEVENT/)[0] ?? '';
    const field = (name: string) => new RegExp(`^${name}(;[^:\\r\\n]*)?:(.*)$`, 'm').exec(body)?.[2]?.trim();
    const start = icsDate(field('DTSTART'));
    const endExclusive = icsDate(field('DTEND'));
    const summary = (field('SUMMARY') ?? '').replace(/\\,/g, ',');
    if (!start || !isValidLocalDate(start)) return { code: 'BAD_LINE', line: 0, text: `VEVENT ${summary || '(no SUMMARY)'} without an all-day DTSTART` };
    const kind = /班|workday|make-?up/i.test(summary) ? 'workday' : 'holiday';
    const name = summary.replace(/[（(]?(补班|上班|班|休)[)）]?$/, '').trim() || summary;
    let d = start;
    do {
      rows.push({ date: d, kind, name });
      d = addDays(d, 1);
    } while (endExclusive && compareDates(d, endExclusive) < 0);
  }
  return rows;
}

/** Reads a notice file (CSV or iCalendar) and checks it covers one whole year. */
export function parseHolidayNotice(text: string): NoticeParse {
  let rows: CalendarRow[] | NoticeProblem;
  try {
    rows = /BEGIN:VCALENDAR/.test(text) ? parseIcs(text) : parseCsv(text);
  } catch (e) {
    return { ok: false, problem: e as NoticeProblem };
  }
  if (!Array.isArray(rows)) return { ok: false, problem: rows };
  if (rows.length === 0) return { ok: false, problem: { code: 'EMPTY' } };
  const years = [...new Set(rows.map((r) => Number(r.date.slice(0, 4))))].sort();
  if (years.length > 1) return { ok: false, problem: { code: 'SEVERAL_YEARS', years } };
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.date)) return { ok: false, problem: { code: 'DUPLICATE_DATE', date: r.date } };
    seen.add(r.date);
  }
  const year = years[0] as number;
  const holidays = rows.filter((r) => r.kind === 'holiday');
  const missing = PUBLIC_HOLIDAYS.filter((h) => !holidays.some((r) => h.match.test(r.name ?? ''))).map((h) => h.id);
  if (missing.length) return { ok: false, problem: { code: 'MISSING_HOLIDAYS', year, missing } };
  return { ok: true, year, rows: [...rows].sort((a, b) => compareDates(a.date, b.date)) };
}

export interface CalendarChange {
  date: string;
  change: 'added' | 'changed' | 'removed';
  before: { kind: CalendarRow['kind']; name: string | null } | null;
  after: { kind: CalendarRow['kind']; name: string | null } | null;
}

/** What importing `rows` for `year` changes in the stored rows (the year's rows are replaced). */
export function diffCalendar(stored: readonly CalendarRow[], year: number, rows: readonly CalendarRow[]): CalendarChange[] {
  const inYear = new Map(stored.filter((r) => r.date.startsWith(`${year}-`)).map((r) => [r.date, r]));
  const out: CalendarChange[] = [];
  for (const r of rows) {
    const old = inYear.get(r.date);
    const after = { kind: r.kind, name: r.name ?? null };
    if (!old) out.push({ date: r.date, change: 'added', before: null, after });
    else if (old.kind !== r.kind || (old.name ?? null) !== (r.name ?? null)) out.push({ date: r.date, change: 'changed', before: { kind: old.kind, name: old.name ?? null }, after });
    inYear.delete(r.date);
  }
  for (const old of inYear.values()) out.push({ date: old.date, change: 'removed', before: { kind: old.kind, name: old.name ?? null }, after: null });
  return out.sort((a, b) => compareDates(a.date, b.date));
}

/** One line in English for a problem (the CLI; the screen words the code itself). */
export function describeNoticeProblem(p: NoticeProblem): string {
  switch (p.code) {
    case 'EMPTY':
      return 'the file has no calendar rows';
    case 'BAD_LINE':
      return `line ${p.line} is not "date,kind,name" with a real date and kind holiday or workday: ${p.text}`;
    case 'SEVERAL_YEARS':
      return `the file covers several years (${p.years.join(', ')}): import one year's notice at a time`;
    case 'DUPLICATE_DATE':
      return `${p.date} appears twice`;
    case 'MISSING_HOLIDAYS':
      return `a partial year: ${p.year} lacks ${p.missing.map((id) => PUBLIC_HOLIDAYS.find((h) => h.id === id)!.en).join(', ')}; import the whole notice`;
  }
}
