import type { Kysely } from 'kysely';
import type { RoomCell, RoomView } from '../../shared/seating/rooms-contract';
import type { DB } from '../store/schema';
import { roomsByCode, seatsOfRoom } from './rooms-repo';

export const seatLabel = (row: number, col: number) => `${String.fromCharCode(64 + row)}${String(col).padStart(2, '0')}`;

export async function loadRooms(db: Kysely<DB>, roomId?: number): Promise<RoomView[]> {
  const rooms = await roomsByCode(db, roomId);
  const out: RoomView[] = [];
  for (const r of rooms) {
    const seats = await seatsOfRoom(db, r.id);
    const at = new Map(seats.map((s) => [`${s.row}:${s.col}`, s]));
    const cells: RoomCell[] = [];
    for (let row = 1; row <= r.rows; row++) {
      for (let col = 1; col <= r.cols; col++) {
        const s = at.get(`${row}:${col}`);
        cells.push({ row, col, kind: !s ? 'gap' : s.status === 'out-of-service' ? 'out' : s.wheelchair ? 'wheelchair' : 'seat', label: s?.label ?? null });
      }
    }
    out.push({
      id: r.id,
      code: r.code,
      name: r.name,
      rows: r.rows,
      cols: r.cols,
      proctor: r.proctor_row && r.proctor_col ? { row: r.proctor_row, col: r.proctor_col } : null,
      cells,
      workingSeats: seats.filter((s) => s.status === 'ok').length,
    });
  }
  return out;
}
