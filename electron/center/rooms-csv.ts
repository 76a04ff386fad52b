import type { Kysely } from 'kysely';
import { readCsv, CsvSyntaxError } from '../../shared/exchange/csv-read';
import { appendAudit } from '../audit/audit-log';
import { DomainError } from '../core/errors';
import { seatLabel } from '../seating/rooms';
import type { DB } from '../store/schema';
import { centerRow, insertRoom, insertSeats, roomCodesOfCenter } from './center-repo';
import type { Who } from './setup-center';

/**
 * The rooms file of `desk rooms import`: a CSV with a header line and one room per line.
 *
 *   code,name,rows,seats_per_row,aisles_after,out_of_service,wheelchair
 *   R101,第一考场,5,6,3,B04 C05,A01
 *
 * code: letters, digits or dash (12 at most); rows: 1..26; seats_per_row: 1..30; aisles_after
 * (optional): seat counts after which an aisle column runs ("3" or "2 4"); out_of_service and
 * wheelchair (optional): seat labels as printed (row letter + grid column, the aisle counted as a
 * column), separated by spaces or semicolons.
 */
export const ROOMS_CSV_HEADER = ['code', 'name', 'rows', 'seats_per_row', 'aisles_after', 'out_of_service', 'wheelchair'] as const;

export interface RoomPlan {
  line: number;
  code: string;
  name: string;
  rows: number;
  cols: number;
  /** Grid columns that are aisles (no seats). */
  aisleCols: number[];
  out: string[];
  wheelchair: string[];
}

const list = (cell: string | undefined) =>
  (cell ?? '')
    .split(/[\s;]+/)
    .map((x) => x.trim().toUpperCase())
    .filter(Boolean);

export function parseRoomsCsv(text: string): { rooms: RoomPlan[]; errors: string[] } {
  const errors: string[] = [];
  let records;
  try {
    records = readCsv(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { rooms: [], errors: [e instanceof CsvSyntaxError ? e.message : String(e)] };
  }
  const [head, ...rest] = records;
  const header = (head?.cells ?? []).map((h) => h.trim().toLowerCase());
  const at = (name: (typeof ROOMS_CSV_HEADER)[number]) => header.indexOf(name);
  for (const required of ['code', 'name', 'rows', 'seats_per_row'] as const) if (at(required) < 0) errors.push(`line 1: no "${required}" column (the header is ${ROOMS_CSV_HEADER.join(',')})`);
  if (errors.length) return { rooms: [], errors };
  const rooms: RoomPlan[] = [];
  const seen = new Set<string>();
  for (const r of rest) {
    const cell = (name: (typeof ROOMS_CSV_HEADER)[number]) => (at(name) >= 0 ? (r.cells[at(name)] ?? '').trim() : '');
    const bad = (m: string) => errors.push(`line ${r.line}: ${m}`);
    const code = cell('code');
    const name = cell('name');
    const rows = Number(cell('rows'));
    const seats = Number(cell('seats_per_row'));
    if (!/^[A-Za-z0-9-]{1,12}$/.test(code)) bad(`code "${code}" must be 1 to 12 letters, digits or dashes`);
    else if (seen.has(code)) bad(`room ${code} appears twice`);
    seen.add(code);
    if (!name || name.length > 60) bad('name must be 1 to 60 characters');
    if (!Number.isInteger(rows) || rows < 1 || rows > 26) bad(`rows "${cell('rows')}" must be a whole number from 1 to 26`);
    if (!Number.isInteger(seats) || seats < 1 || seats > 30) bad(`seats_per_row "${cell('seats_per_row')}" must be a whole number from 1 to 30`);
    const after = list(cell('aisles_after')).map(Number);
    if (after.some((n) => !Number.isInteger(n) || n < 1 || n >= seats)) bad(`aisles_after "${cell('aisles_after')}" must be seat counts between 1 and ${Math.max(1, seats - 1)}`);
    const aisleCols = [...new Set(after)].sort((a, b) => a - b).map((n, i) => n + i + 1);
    const cols = seats + aisleCols.length;
    if (cols > 30) bad(`${seats} seats and ${aisleCols.length} aisles make ${cols} columns; at most 30`);
    const labels = new Set<string>();
    for (let row = 1; row <= Math.min(rows, 26); row++) for (let col = 1; col <= cols; col++) if (!aisleCols.includes(col)) labels.add(seatLabel(row, col));
    const out = list(cell('out_of_service'));
    const wheelchair = list(cell('wheelchair'));
    for (const l of [...out, ...wheelchair]) if (!labels.has(l)) bad(`seat ${l} is not a seat of room ${code} (labels are row letter + column, e.g. A01)`);
    for (const l of wheelchair) if (out.includes(l)) bad(`seat ${l} cannot be out of service and a wheelchair seat`);
    rooms.push({ line: r.line, code, name, rows, cols, aisleCols, out, wheelchair });
  }
  if (rooms.length === 0 && errors.length === 0) errors.push('the file has no rooms below its header');
  return { rooms, errors };
}

/**
 * Creates every room of the file with its seats, all or nothing, each audited in the same
 * transaction. A room whose code exists already is refused (change it in the Seating screen).
 */
export async function importRooms(db: Kysely<DB>, rooms: RoomPlan[], who: Who): Promise<{ code: string; seats: number }[]> {
  return db.transaction().execute(async (trx) => {
    const center = await centerRow(trx);
    if (!center) throw new DomainError('CONFLICT', 'No center is set up yet: set it up first in Settings → Set-up, then add rooms.', { key: 'rooms.noCenter' });
    const taken = await roomCodesOfCenter(trx, center.id);
    const clash = rooms.filter((r) => taken.includes(r.code)).map((r) => r.code);
    if (clash.length) throw new DomainError('CONFLICT', `Room ${clash.join(', ')} exists already; change it in the Seating screen. Nothing was imported.`, { key: 'rooms.codeTaken', params: { code: clash.join(', ') } });
    const out: { code: string; seats: number }[] = [];
    for (const r of rooms) {
      const roomId = await insertRoom(trx, { center_id: center.id, code: r.code, name: r.name, rows: r.rows, cols: r.cols });
      const seats = [];
      for (let row = 1; row <= r.rows; row++) {
        for (let col = 1; col <= r.cols; col++) {
          if (r.aisleCols.includes(col)) continue;
          const label = seatLabel(row, col);
          seats.push({ room_id: roomId, label, row, col, status: r.out.includes(label) ? ('out-of-service' as const) : ('ok' as const), wheelchair: r.wheelchair.includes(label) ? 1 : 0 });
        }
      }
      await insertSeats(trx, seats);
      const working = seats.filter((s) => s.status === 'ok').length;
      await appendAudit(trx, {
        at: who.now.toISOString(),
        operatorId: who.operatorId,
        action: 'rooms.create',
        subjectType: 'room',
        subjectId: roomId,
        detail: { code: r.code, rows: r.rows, cols: r.cols, seats: seats.length, working, door: who.door },
      });
      out.push({ code: r.code, seats: working });
    }
    return out;
  });
}
