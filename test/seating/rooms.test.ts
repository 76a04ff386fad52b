import { describe, expect, test } from 'vitest';
import { generateDemo } from '../../electron/demo/demo-day';
import type { IpcResult } from '../../shared/ipc/result';
import type { RoomView } from '../../shared/seating/rooms-contract';
import { rowCounts } from '../support/row-counts';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const tempDir = useTempDir();

async function demo() {
  const d = await openTestDesk(tempDir(), new Date('2026-12-05T00:05:00Z'));
  await generateDemo(d.core.store, { date: '2026-12-05', hashKey: d.core.hashKey });
  return { d, manager: await d.as('manager'), proctor: await d.as('proctor') };
}

const grid = (rows: number, cols: number, kind: (r: number, c: number) => 'seat' | 'gap' | 'out' | 'wheelchair' = () => 'seat') =>
  Array.from({ length: rows * cols }, (_, i) => ({ row: Math.floor(i / cols) + 1, col: (i % cols) + 1, kind: kind(Math.floor(i / cols) + 1, (i % cols) + 1) }));

describe('rooms and seat maps', () => {
  test('a manager creates a room with an aisle, a broken seat and wheelchair seats; labels follow the grid', async () => {
    const { d, manager } = await demo();
    const r = (await d.registry.invoke(
      'rooms.save',
      {
        roomId: null,
        code: 'C',
        name: '考场C',
        rows: 3,
        cols: 5,
        proctor: { row: 1, col: 3 },
        cells: grid(3, 5, (row, col) => (col === 3 ? 'gap' : row === 2 && col === 5 ? 'out' : row === 1 && col === 1 ? 'wheelchair' : 'seat')),
      },
      manager,
    )) as IpcResult<RoomView>;
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ code: 'C', rows: 3, cols: 5, workingSeats: 11, proctor: { row: 1, col: 3 } });
    expect(r.value.cells.find((c) => c.row === 2 && c.col === 4)).toMatchObject({ kind: 'seat', label: 'B04' });
    expect(r.value.cells.find((c) => c.row === 1 && c.col === 3)).toMatchObject({ kind: 'gap', label: null });
    expect(r.value.cells.find((c) => c.row === 1 && c.col === 1)).toMatchObject({ kind: 'wheelchair', label: 'A01' });
    await d.close();
  });

  test('a change that would take away a planned candidate’s seat is refused and changes nothing; a proctor cannot edit rooms', async () => {
    const { d, manager, proctor } = await demo();
    const rooms = (await d.registry.invoke('rooms.list', {}, proctor)) as IpcResult<RoomView[]>;
    if (!rooms.ok) throw new Error('rooms');
    const roomA = rooms.value.find((r) => r.code === 'A')!;
    const session = await d.core.store.db.selectFrom('exam_sessions').select('id').where('room_id', '=', roomA.id).orderBy('starts_at').executeTakeFirstOrThrow();
    expect(await d.registry.invoke('seating.generate', { sessionId: session.id }, manager)).toMatchObject({ ok: true });
    const seat = await d.core.store.db
      .selectFrom('seat_assignments as sa')
      .innerJoin('seats as s', 's.id', 'sa.seat_id')
      .where('sa.session_id', '=', session.id)
      .select(['s.row', 's.col', 's.label'])
      .executeTakeFirstOrThrow();
    const before = await rowCounts(d.core);
    const cells = roomA.cells.map((c) => ({ row: c.row, col: c.col, kind: c.row === seat.row && c.col === seat.col ? ('out' as const) : c.kind }));
    const refused = await d.registry.invoke('rooms.save', { roomId: roomA.id, code: 'A', name: roomA.name, rows: roomA.rows, cols: roomA.cols, proctor: roomA.proctor, cells }, manager);
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining(seat.label) } });
    expect(await rowCounts(d.core)).toEqual(before);
    expect(await d.registry.invoke('rooms.save', { roomId: roomA.id, code: 'A', name: 'x', rows: 1, cols: 1, proctor: null, cells: [] }, proctor)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await d.close();
  });

  test('sessions: a new one in a free slot is created; an overlapping one in the same room is refused', async () => {
    const { d, manager } = await demo();
    const room = await d.core.store.db.selectFrom('rooms').select('id').where('code', '=', 'A').executeTakeFirstOrThrow();
    const ok = await d.registry.invoke('sessions.create', { roomId: room.id, date: '2026-12-06', start: '09:00', durationMin: 120 }, manager);
    expect(ok).toMatchObject({ ok: true, value: { workingSeats: expect.any(Number) } });
    expect(await d.registry.invoke('sessions.create', { roomId: room.id, date: '2026-12-06', start: '10:30', durationMin: 60 }, manager)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await d.registry.invoke('sessions.create', { roomId: room.id, date: '2026-12-06', start: '11:00', durationMin: 60 }, manager)).toMatchObject({ ok: true });
    expect(await d.registry.invoke('sessions.create', { roomId: room.id, date: '2026-12-06', start: '25:00', durationMin: 60 }, manager)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await d.close();
  });
});
