import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { readCsv } from '../../shared/exchange/csv-read';
import { generateCnId } from '../../shared/identity/generate';
import { mulberry32 } from '../../shared/identity/random';
import { addDays } from '../../shared/time/dates';
import type { DB } from '../../electron/store/schema';

/** The sponsors' 60-booking sample (../shared/formats). */
export const SAMPLE_PATH = join(process.cwd(), '..', 'shared', 'formats', 'sample-roster.csv');
export const sampleText = () => readFileSync(SAMPLE_PATH, 'utf8');
export const sampleTable = () => readCsv(sampleText()).map((r) => r.cells);

/** A plain CSV writer for fixtures (no formula neutralising: fixtures are what sponsors send). */
export function csv(rows: string[][], eol = '\r\n'): string {
  return rows.map((r) => r.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join(eol) + eol;
}

/** A center SZ-NS-01 with three rooms of 6 x 6 working seats, and nothing else. */
export async function seedCenter(db: Kysely<DB>, rooms = 3): Promise<void> {
  const center = await db.insertInto('centers').values({ code: 'SZ-NS-01', name: '深圳南山考试中心', name_en: 'Shenzhen Nanshan Test Center', city: '深圳' }).returning('id').executeTakeFirstOrThrow();
  for (let r = 0; r < rooms; r++) {
    const room = await db
      .insertInto('rooms')
      .values({ center_id: center.id, code: String.fromCharCode(65 + r), name: `考场${String.fromCharCode(65 + r)}`, rows: 6, cols: 6, proctor_row: null, proctor_col: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const seats = [];
    for (let row = 1; row <= 6; row++) for (let col = 1; col <= 6; col++) seats.push({ room_id: room.id, label: `${String.fromCharCode(64 + row)}${String(col).padStart(2, '0')}`, row, col });
    await db.insertInto('seats').values(seats).execute();
  }
}

/** Replaces one cell of a sample row (by header) and returns the table. */
export function withCell(table: string[][], rowIndex: number, header: string, value: string): string[][] {
  const col = table[0]!.indexOf(header);
  if (col < 0) throw new Error(`no column ${header}`);
  return table.map((r, i) => (i === rowIndex ? r.map((c, j) => (j === col ? value : c)) : r));
}

/** How a generated roster fills the days from 2026-12-07: bookings per session, and the daily starts. */
export interface RosterSpread {
  perSession: number;
  starts: readonly string[];
}

/**
 * A large roster built from the sample's first row: `count` bookings with their own booking ids,
 * order ids and valid mainland ID numbers, spread over days and the daily starts (rows take the
 * starts in turn; a day is full at `perSession` bookings per start).
 */
export function largeRoster(count: number, seed = 11, spread: RosterSpread = { perSession: 1000, starts: ['09:00', '13:30'] }): string {
  const table = sampleTable();
  const header = table[0]!;
  const col = (h: string) => header.indexOf(h);
  const template = table.find((r, i) => i > 0 && r[col('id_type')] === 'CN_ID')!;
  const rng = mulberry32(seed);
  const lines = [csv([header])];
  const surnames = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周'];
  const given = ['伟', '芳', '娜', '敏', '静', '强', '磊', '军', '洋', '勇'];
  const rows: string[][] = [];
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    let id = generateCnId(rng, { birthYearFrom: 1970, birthYearTo: 2004 });
    while (used.has(id)) id = generateCnId(rng, { birthYearFrom: 1970, birthYearTo: 2004 });
    used.add(id);
    const r = [...template];
    r[col('booking_id')] = `BKL${String(i).padStart(8, '0')}`;
    r[col('order_id')] = `ODL${String(i).padStart(8, '0')}`;
    r[col('candidate_name')] = surnames[i % 10]! + given[Math.floor(i / 10) % 10]! + given[Math.floor(i / 100) % 10]!;
    r[col('name_pinyin')] = '';
    r[col('id_number')] = id;
    r[col('exam_date')] = addDays('2026-12-07', Math.floor(i / (spread.perSession * spread.starts.length)));
    r[col('start_time')] = spread.starts[i % spread.starts.length]!;
    r[col('email')] = '';
    r[col('phone')] = '';
    rows.push(r);
    if (rows.length === 5000) lines.push(csv(rows.splice(0)));
  }
  lines.push(csv(rows));
  return lines.join('');
}
