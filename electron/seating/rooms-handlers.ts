import type { roomsContract } from '../../shared/seating/rooms-contract';
import { instantOfLocal } from '../../shared/time/zoned';
import { appendAudit } from '../audit/audit-log';
import { requireOperator } from '../core/context';
import { DomainError } from '../core/errors';
import type { HandlerMap } from '../core/registry';
import { loadRooms, seatLabel } from './rooms';
import {
  deleteSeat,
  firstCenterId,
  insertRoom,
  insertSeat,
  insertSession,
  roomById,
  roomWithCode,
  seatEverAssigned,
  seatEverFaulted,
  seatPlannedInOpenSession,
  seatsOfRoom,
  sessionsOfRoomOnDay,
  updateRoom,
  updateSeat,
  workingSeatCount,
} from './rooms-repo';
import { requestZone } from '../core/request-zone';

export const roomsHandlers: HandlerMap<typeof roomsContract> = {
  'rooms.list': (_req, ctx) => loadRooms(ctx.core.store.db),

  'rooms.save': async (req, ctx) => {
    const op = requireOperator(ctx);
    const db = ctx.core.store.db;
    const cells = new Map(req.cells.filter((c) => c.row <= req.rows && c.col <= req.cols).map((c) => [`${c.row}:${c.col}`, c.kind]));
    const id = await db.transaction().execute(async (trx) => {
      let roomId = req.roomId;
      const centerId = await firstCenterId(trx);
      if (centerId === undefined) throw new DomainError('CONFLICT', 'No center is set up yet.', { key: 'rooms.noCenter' });
      const clash = await roomWithCode(trx, centerId, req.code);
      if (clash && clash.id !== roomId) throw new DomainError('CONFLICT', `Another room already has the code ${req.code}.`, { key: 'rooms.codeTaken', params: { code: req.code } });
      const proctor = req.proctor && req.proctor.row >= 1 && req.proctor.col >= 1 ? req.proctor : null;
      const values = { code: req.code, name: req.name, rows: req.rows, cols: req.cols, proctor_row: proctor?.row ?? null, proctor_col: proctor?.col ?? null };
      if (roomId === null) {
        roomId = await insertRoom(trx, { ...values, center_id: centerId });
      } else {
        const found = await roomById(trx, roomId);
        if (!found) throw new DomainError('NOT_FOUND', `No room ${roomId}.`);
        await updateRoom(trx, roomId, values);
      }
      const seats = await seatsOfRoom(trx, roomId);
      // Seats that would go or stop working while a candidate is planned on them in an open session.
      const blocked: string[] = [];
      for (const s of seats) {
        const kind = cells.get(`${s.row}:${s.col}`) ?? 'gap';
        const losing = kind === 'gap' || kind === 'out';
        if (!losing || (s.status !== 'ok' && kind === 'out')) continue;
        const planned = await seatPlannedInOpenSession(trx, s.id);
        const used = kind === 'gap' ? await seatEverAssigned(trx, s.id) : planned;
        const faulted = kind === 'gap' ? await seatEverFaulted(trx, s.id) : false;
        if (planned || used || faulted) blocked.push(s.label);
      }
      if (blocked.length) {
        throw new DomainError('CONFLICT', `Seats ${blocked.join(', ')} hold planned candidates (or their history); move them in the seat plan first. Nothing was changed.`, {
          key: 'rooms.seatsInUse',
          params: { seats: blocked.join(', ') },
        });
      }
      const existing = new Map(seats.map((s) => [`${s.row}:${s.col}`, s]));
      for (const s of seats) {
        const kind = cells.get(`${s.row}:${s.col}`) ?? 'gap';
        if (kind === 'gap') await deleteSeat(trx, s.id);
        else await updateSeat(trx, s.id, { label: `~${s.id}`, status: kind === 'out' ? 'out-of-service' : 'ok', wheelchair: kind === 'wheelchair' ? 1 : 0 });
      }
      // Labels follow the grid position (A01 = row A, column 1); temporary labels above avoid clashes.
      for (const [key, kind] of cells) {
        if (kind === 'gap') continue;
        const [row, col] = key.split(':').map(Number) as [number, number];
        const s = existing.get(key);
        if (s) await updateSeat(trx, s.id, { label: seatLabel(row, col) });
        else await insertSeat(trx, { room_id: roomId, label: seatLabel(row, col), row, col, status: kind === 'out' ? 'out-of-service' : 'ok', wheelchair: kind === 'wheelchair' ? 1 : 0 });
      }
      await appendAudit(trx, {
        at: ctx.now.toISOString(),
        operatorId: op.id,
        action: req.roomId === null ? 'rooms.create' : 'rooms.update',
        subjectType: 'room',
        subjectId: roomId,
        detail: { code: req.code, rows: req.rows, cols: req.cols, seats: [...cells.values()].filter((k) => k !== 'gap').length },
      });
      return roomId;
    });
    return (await loadRooms(db, id))[0]!;
  },

  'sessions.create': async (req, ctx) => {
    const op = requireOperator(ctx);
    const db = ctx.core.store.db;
    const zone = await requestZone(ctx);
    const startsAt = new Date(instantOfLocal(req.date, req.start, zone));
    const endsAt = new Date(startsAt.getTime() + req.durationMin * 60_000);
    return db.transaction().execute(async (trx) => {
      const room = await roomById(trx, req.roomId);
      if (!room) throw new DomainError('NOT_FOUND', `No room ${req.roomId}.`);
      const others = await sessionsOfRoomOnDay(trx, req.roomId, req.date);
      const overlap = others.find((o) => {
        const s = Date.parse(o.starts_at);
        return s < endsAt.getTime() && startsAt.getTime() < s + o.duration_min * 60_000;
      });
      if (overlap)
        throw new DomainError('CONFLICT', `Room ${room.code} already has a session at that time (session ${overlap.id}); sessions in one room may not overlap.`, { key: 'rooms.overlap', params: { room: room.code } });
      const sessionId = await insertSession(trx, { room_id: req.roomId, local_date: req.date, starts_at: startsAt.toISOString(), duration_min: req.durationMin, closed_at: null });
      const working = await workingSeatCount(trx, req.roomId);
      await appendAudit(trx, {
        at: ctx.now.toISOString(),
        operatorId: op.id,
        action: 'sessions.create',
        subjectType: 'session',
        subjectId: sessionId,
        detail: { room: room.code, date: req.date, start: req.start, durationMin: req.durationMin },
      });
      return { id: sessionId, workingSeats: working };
    });
  },
};
