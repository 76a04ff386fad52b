import type { seatingContract, FaultOutcome, SeatView } from '../../shared/seating/contract';
import { appendAudit } from '../audit/audit-log';
import { requireOperator } from '../core/context';
import { DomainError } from '../core/errors';
import type { HandlerMap } from '../core/registry';
import { rebookAfterFault } from './rebook';
import { loadSeatPlan } from './plan-repo';
import { clearSessionSeats, insertSeatAssignment, insertSeatFault, saveSeatPlan, unseat } from './assignments-repo';
import { planSeats } from './planner/plan';

const seated = (state: string) => state !== 'cancelled' && state !== 'rescheduled';

export const seatingHandlers: HandlerMap<typeof seatingContract> = {
  'seating.plan': (req, ctx) => loadSeatPlan(ctx.core.store.db, req.sessionId),

  'seating.generate': async (req, ctx) => {
    const op = requireOperator(ctx);
    const db = ctx.core.store.db;
    await db.transaction().execute(async (trx) => {
      const view = await loadSeatPlan(trx, req.sessionId);
      const seed = req.seed ?? req.sessionId * 7919;
      const result = planSeats({
        seats: view.seats.filter((s) => s.status === 'ok').map((s) => ({ id: s.id, row: s.row, col: s.col, wheelchair: s.wheelchair })),
        candidates: view.candidates.filter((c) => seated(c.state)).map((c) => ({ appointmentId: c.appointmentId, subject: c.subjectCode, wheelchair: c.wheelchair, retake: c.retake })),
        seed,
      });
      if (!result.ok) {
        throw new DomainError('REFUSED', `The session does not fit this room: ${result.missingSeats} seat(s) and ${result.missingWheelchairSeats} wheelchair seat(s) missing. Nothing was planned.`, {
          key: 'seating.doesNotFit',
          params: { seats: result.missingSeats, wheelchair: result.missingWheelchairSeats },
        });
      }
      await clearSessionSeats(trx, req.sessionId);
      const at = ctx.now.toISOString();
      for (const [appointmentId, seatId] of result.assignments) {
        await insertSeatAssignment(trx, { session_id: req.sessionId, appointment_id: appointmentId, seat_id: seatId, seed, reason: 'plan', assigned_at: at });
      }
      await saveSeatPlan(trx, { session_id: req.sessionId, seed, adjacent_same_subject: result.adjacentSameSubject, generated_at: at, generated_by: op.id });
      await appendAudit(trx, {
        at,
        operatorId: op.id,
        action: 'seating.generate',
        subjectType: 'session',
        subjectId: req.sessionId,
        detail: { seed, seated: result.assignments.size, adjacentSameSubject: result.adjacentSameSubject },
      });
    });
    return loadSeatPlan(db, req.sessionId);
  },

  'seating.move': async (req, ctx) => {
    const op = requireOperator(ctx);
    const db = ctx.core.store.db;
    await db.transaction().execute(async (trx) => {
      const view = await loadSeatPlan(trx, req.sessionId);
      const target = view.seats.find((s) => s.id === req.seatId);
      const who = view.candidates.find((c) => c.appointmentId === req.appointmentId);
      if (!target) throw new DomainError('NOT_FOUND', `Seat ${req.seatId} is not in this session's room.`);
      if (!who || !seated(who.state)) throw new DomainError('CONFLICT', 'Only a seated candidate of this session can be moved.', { key: 'seating.notSeated' });
      // #14.9: onto the candidate's own seat is a move to where they already sit: nothing to write.
      if (who.seatId === target.id) return;
      if (target.status !== 'ok') throw new DomainError('REFUSED', `Seat ${target.label} is not working.`, { key: 'seating.seatNotWorking', params: { seat: target.label } });
      if (who.wheelchair && !target.wheelchair && !req.acceptRegularSeat)
        throw new DomainError('REFUSED', `${who.candidateName} needs a wheelchair seat; ${target.label} is not one.`, { key: 'seating.needsWheelchair', params: { name: who.candidateName, seat: target.label } });
      const other = target.appointmentId ? view.candidates.find((c) => c.appointmentId === target.appointmentId) : null;
      const from = who.seatId === null ? null : view.seats.find((s) => s.id === who.seatId);
      if (other && !from) throw new DomainError('CONFLICT', `Seat ${target.label} is taken; an unseated candidate is seated on a free seat.`, { key: 'seating.seatTaken', params: { seat: target.label } });
      if (other?.wheelchair && !from?.wheelchair) throw new DomainError('REFUSED', `${other.candidateName} needs a wheelchair seat.`, { key: 'seating.otherNeedsWheelchair', params: { name: other.candidateName } });
      const at = ctx.now.toISOString();
      // Free both seats first (UNIQUE session + seat), then seat each candidate: a move or a swap.
      await unseat(trx, [who.appointmentId, ...(other ? [other.appointmentId] : [])]);
      await insertSeatAssignment(trx, { session_id: req.sessionId, appointment_id: who.appointmentId, seat_id: target.id, seed: null, reason: req.reason, assigned_at: at });
      if (other && from) await insertSeatAssignment(trx, { session_id: req.sessionId, appointment_id: other.appointmentId, seat_id: from.id, seed: null, reason: req.reason, assigned_at: at });
      await appendAudit(trx, {
        at,
        operatorId: op.id,
        action: other ? 'seating.swap' : 'seating.move',
        subjectType: 'appointment',
        subjectId: who.appointmentId,
        detail: { session: req.sessionId, from: who.seatLabel, to: target.label, swappedWith: other?.appointmentId ?? null, reason: req.reason, regularSeatAccepted: who.wheelchair && !target.wheelchair },
      });
    });
    return loadSeatPlan(db, req.sessionId);
  },

  'seating.rebook': async (req, ctx) => {
    const op = requireOperator(ctx);
    const db = ctx.core.store.db;
    const outcome = await db.transaction().execute(async (trx): Promise<FaultOutcome> => {
      const view = await loadSeatPlan(trx, req.sessionId);
      const who = view.candidates.find((c) => c.appointmentId === req.appointmentId);
      if (!who || !seated(who.state)) throw new DomainError('NOT_FOUND', `Appointment ${req.appointmentId} is not booked in this session.`);
      if (who.seatId !== null)
        throw new DomainError('CONFLICT', `${who.candidateName} has a working seat (${who.seatLabel}); BOOK-7 rebooks only a candidate the session cannot seat.`, {
          key: 'seating.stillSeated',
          params: { name: who.candidateName, seat: who.seatLabel ?? '' },
        });
      const result = await rebookAfterFault(trx, who.appointmentId, ctx.now);
      await appendAudit(trx, {
        at: ctx.now.toISOString(),
        operatorId: op.id,
        action: 'seating.rebook',
        subjectType: 'appointment',
        subjectId: who.appointmentId,
        detail: { session: req.sessionId, reason: req.reason, outcome: result },
      });
      return result;
    });
    return { outcome, plan: await loadSeatPlan(db, req.sessionId) };
  },

  'seating.fault': async (req, ctx) => {
    const op = requireOperator(ctx);
    const db = ctx.core.store.db;
    const outcome = await db.transaction().execute(async (trx): Promise<FaultOutcome> => {
      const view = await loadSeatPlan(trx, req.sessionId);
      const seat = view.seats.find((s) => s.id === req.seatId);
      if (!seat) throw new DomainError('NOT_FOUND', `Seat ${req.seatId} is not in this session's room.`);
      if (seat.status === 'failed') throw new DomainError('CONFLICT', `Seat ${seat.label} is already marked failed.`, { key: 'seating.alreadyFailed', params: { seat: seat.label } });
      const at = ctx.now.toISOString();
      await insertSeatFault(trx, { session_id: req.sessionId, seat_id: seat.id, reason: req.reason, at, operator_id: op.id });
      let result: FaultOutcome = { kind: 'empty-seat' };
      const who = seat.appointmentId ? view.candidates.find((c) => c.appointmentId === seat.appointmentId) : null;
      if (who) {
        const distance = (s: SeatView) => Math.hypot(s.row - seat.row, s.col - seat.col);
        const free = view.seats.filter((s) => s.status === 'ok' && s.id !== seat.id && s.appointmentId === null).sort((a, b) => distance(a) - distance(b) || a.id - b.id);
        const suitable = free.find((s) => !who.wheelchair || s.wheelchair);
        await unseat(trx, [who.appointmentId]);
        if (suitable) {
          await insertSeatAssignment(trx, { session_id: req.sessionId, appointment_id: who.appointmentId, seat_id: suitable.id, seed: null, reason: `fault: ${req.reason}`, assigned_at: at });
          result = { kind: 'moved', appointmentId: who.appointmentId, fromLabel: seat.label, toLabel: suitable.label };
        } else {
          // #18.6: never "no seat left" while a regular seat is free, never BOOK-7 without a choice.
          result = { kind: 'choose', appointmentId: who.appointmentId, fromLabel: seat.label, freeSeats: free.map((s) => ({ id: s.id, label: s.label, wheelchair: s.wheelchair })), ruleId: 'BOOK-7' };
        }
      }
      await appendAudit(trx, { at, operatorId: op.id, action: 'seating.fault', subjectType: 'seat', subjectId: seat.id, detail: { session: req.sessionId, label: seat.label, reason: req.reason, outcome: result } });
      return result;
    });
    return { outcome, plan: await loadSeatPlan(db, req.sessionId) };
  },
};
