import type { roomsContract } from '../../shared/seating/rooms-contract';
import { instantOfLocal } from '../../shared/time/zoned';
import { appendAudit } from '../audit/audit-log';
import { centerZone } from '../checkin/center-day';
import { requireOperator } from '../core/context';
import { DomainError } from '../core/errors';
import type { HandlerMap } from '../core/registry';
import { loadRooms, seatLabel } from './rooms';

export const roomsHandlers: HandlerMap<typeof roomsContract> = {
  'rooms.list': (_req, ctx) => loadRooms(ctx.core.store.db),

  'rooms.save': async (req, ctx) => {
    const op = requireOperator(ctx);
    const db = ctx.core.store.db;
    const cells = new Map(req.cells.filter((c) => c.row <= req.rows && c.col <= req.cols).map((c) => [`${c.row}:${c.col}`, c.kind]));
    const id = await db.transaction().execute(async (trx) => {
      let roomId = req.roomId;
      const center = await trx.selectFrom('centers').select('id').orderBy('id').limit(1).executeTakeFirst();
      if (!center) throw new DomainError('CONFLICT', 'No center is set up yet.', { key: 'rooms.noCenter' });
      const clash = await trx.selectFrom('rooms').select('id').where('code', '=', req.code).where('center_id', '=', center.id).executeTakeFirst();
      if (clash && clash.id !== roomId) throw new DomainError('CONFLICT', `Another room already has the code ${req.code}.`, { key: 'rooms.codeTaken', params: { code: req.code } });
      const proctor = req.proctor && req.proctor.row >= 1 && req.proctor.col >= 1 ? req.proctor : null;
      const values = { code: req.code, name: req.name, rows: req.rows, cols: req.cols, proctor_row: proctor?.row ?? null, proctor_col: proctor?.col ?? null };
      if (roomId === null) {
        roomId = (await trx.insertInto('rooms').values({ ...values, center_id: center.id }).returning('id').executeTakeFirstOrThrow()).id;
      } else {
        const found = await trx.selectFrom('rooms').select('id').where('id', '=', roomId).executeTakeFirst();
        if (!found) throw new DomainError('NOT_FOUND', `No room ${roomId}.`);
        await trx.updateTable('rooms').set(values).where('id', '=', roomId).execute();
      }
      const seats = await trx.selectFrom('seats').selectAll().where('room_id', '=', roomId).execute();
      // Seats that would go or stop working while a candidate is planned on them in an open session.
      const blocked: string[] = [];
      for (const s of seats) {
        const kind = cells.get(`${s.row}:${s.col}`) ?? 'gap';
        const losing = kind === 'gap' || kind === 'out';
        if (!losing || (s.status !== 'ok' && kind === 'out')) continue;
        const planned = await trx
          .selectFrom('seat_assignments as sa')
          .innerJoin('exam_sessions as es', 'es.id', 'sa.session_id')
          .where('sa.seat_id', '=', s.id)
          .where('es.closed_at', 'is', null)
          .select('sa.id')
          .executeTakeFirst();
        const used = kind === 'gap' ? await trx.selectFrom('seat_assignments').select('id').where('seat_id', '=', s.id).executeTakeFirst() : planned;
        const faulted = kind === 'gap' ? await trx.selectFrom('seat_faults').select('seat_id').where('seat_id', '=', s.id).executeTakeFirst() : undefined;
        if (planned || used || faulted) blocked.push(s.label);
      }
      if (blocked.length) {
        throw new DomainError('CONFLICT', `Seats ${blocked.join(', ')} hold planned candidates (or their history); move them in the seat plan first. Nothing was changed.`, { key: 'rooms.seatsInUse', params: { seats: blocked.join(', ') } });
      }
      const existing = new Map(seats.map((s) => [`${s.row}:${s.col}`, s]));
      for (const s of seats) {
        const kind = cells.get(`${s.row}:${s.col}`) ?? 'gap';
        if (kind === 'gap') await trx.deleteFrom('seats').where('id', '=', s.id).execute();
        else
          await trx
            .updateTable('seats')
            .set({ label: `~${s.id}`, status: kind === 'out' ? 'out-of-service' : 'ok', wheelchair: kind === 'wheelchair' ? 1 : 0 })
            .where('id', '=', s.id)
            .execute();
      }
      // Labels follow the grid position (A01 = row A, column 1); temporary labels above avoid clashes.
      for (const [key, kind] of cells) {
        if (kind === 'gap') continue;
        const [row, col] = key.split(':').map(Number) as [number, number];
        const s = existing.get(key);
        if (s) await trx.updateTable('seats').set({ label: seatLabel(row, col) }).where('id', '=', s.id).execute();
        else await trx.insertInto('seats').values({ room_id: roomId, label: seatLabel(row, col), row, col, status: kind === 'out' ? 'out-of-service' : 'ok', wheelchair: kind === 'wheelchair' ? 1 : 0 }).execute();
      }
      await appendAudit(trx, { at: ctx.now.toISOString(), operatorId: op.id, action: req.roomId === null ? 'rooms.create' : 'rooms.update', subjectType: 'room', subjectId: roomId, detail: { code: req.code, rows: req.rows, cols: req.cols, seats: [...cells.values()].filter((k) => k !== 'gap').length } });
      return roomId;
    });
    return (await loadRooms(db, id))[0]!;
  },

  'sessions.create': async (req, ctx) => {
    const op = requireOperator(ctx);
    const db = ctx.core.store.db;
    const zone = await centerZone(db);
    const startsAt = new Date(instantOfLocal(req.date, req.start, zone));
    const endsAt = new Date(startsAt.getTime() + req.durationMin * 60_000);
    return db.transaction().execute(async (trx) => {
      const room = await trx.selectFrom('rooms').select(['id', 'code']).where('id', '=', req.roomId).executeTakeFirst();
      if (!room) throw new DomainError('NOT_FOUND', `No room ${req.roomId}.`);
      const others = await trx.selectFrom('exam_sessions').select(['id', 'starts_at', 'duration_min']).where('room_id', '=', req.roomId).where('local_date', '=', req.date).execute();
      const overlap = others.find((o) => {
        const s = Date.parse(o.starts_at);
        return s < endsAt.getTime() && startsAt.getTime() < s + o.duration_min * 60_000;
      });
      if (overlap) throw new DomainError('CONFLICT', `Room ${room.code} already has a session at that time (session ${overlap.id}); sessions in one room may not overlap.`, { key: 'rooms.overlap', params: { room: room.code } });
      const s = await trx.insertInto('exam_sessions').values({ room_id: req.roomId, local_date: req.date, starts_at: startsAt.toISOString(), duration_min: req.durationMin, closed_at: null }).returning('id').executeTakeFirstOrThrow();
      const working = await trx.selectFrom('seats').select((eb) => eb.fn.countAll<number>().as('n')).where('room_id', '=', req.roomId).where('status', '=', 'ok').executeTakeFirstOrThrow();
      await appendAudit(trx, { at: ctx.now.toISOString(), operatorId: op.id, action: 'sessions.create', subjectType: 'session', subjectId: s.id, detail: { room: room.code, date: req.date, start: req.start, durationMin: req.durationMin } });
      return { id: s.id, workingSeats: Number(working.n) };
    });
  },
};
