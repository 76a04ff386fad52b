import { describe, expect, test } from 'vitest';
import { verifyAuditLog } from '../../electron/audit/audit-log';
import { generateDemo } from '../../electron/demo/demo-day';
import type { SeatPlanView } from '../../shared/seating/contract';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const tempDir = useTempDir();

async function demoDesk() {
  const desk = await openTestDesk(tempDir(), new Date('2026-12-05T01:10:00Z'));
  await generateDemo(desk.core.store, { date: '2026-12-05', hashKey: desk.core.hashKey });
  const session = await desk.core.store.db.selectFrom('exam_sessions').select('id').orderBy('id').executeTakeFirstOrThrow();
  return { desk, sessionId: session.id, manager: await desk.as('manager'), proctor: await desk.as('proctor') };
}

describe('seat plans in the store', () => {
  test('generating seats every booked candidate of a demo session once, on working seats, and is audited', async () => {
    const { desk, sessionId, manager } = await demoDesk();
    const r = (await desk.registry.invoke('seating.generate', { sessionId, seed: 7 }, manager)) as { ok: true; value: SeatPlanView };
    expect(r.ok).toBe(true);
    const plan = r.value;
    expect(plan.candidates.every((c) => c.seatId !== null)).toBe(true);
    const seatIds = plan.candidates.map((c) => c.seatId);
    expect(new Set(seatIds).size).toBe(seatIds.length);
    const working = new Set(plan.seats.filter((s) => s.status === 'ok').map((s) => s.id));
    for (const id of seatIds) expect(working.has(id!)).toBe(true);
    expect(plan.plan).toMatchObject({ seed: 7 });
    // Same seed, same plan (a reprint matches).
    const again = (await desk.registry.invoke('seating.generate', { sessionId, seed: 7 }, manager)) as { ok: true; value: SeatPlanView };
    expect(again.value.candidates.map((c) => [c.appointmentId, c.seatId])).toEqual(plan.candidates.map((c) => [c.appointmentId, c.seatId]));
    const actions = await desk.core.store.db.selectFrom('audit_log').select('action').where('action', 'like', 'seating.%').execute();
    expect(actions).toHaveLength(2);
    await desk.close();
  });

  test('a proctor moves a candidate to a free seat and swaps two candidates, with a reason; a proctor may not regenerate', async () => {
    const { desk, sessionId, manager, proctor } = await demoDesk();
    const plan = ((await desk.registry.invoke('seating.generate', { sessionId }, manager)) as { ok: true; value: SeatPlanView }).value;
    const free = plan.seats.find((s) => s.status === 'ok' && s.appointmentId === null && !s.wheelchair)!;
    const mover = plan.candidates.find((c) => !c.wheelchair)!;
    const moved = (await desk.registry.invoke('seating.move', { sessionId, appointmentId: mover.appointmentId, seatId: free.id, reason: '显示器闪烁' }, proctor)) as { ok: true; value: SeatPlanView };
    expect(moved.value.candidates.find((c) => c.appointmentId === mover.appointmentId)?.seatId).toBe(free.id);
    const [a, b] = moved.value.candidates.filter((c) => !c.wheelchair && c.appointmentId !== mover.appointmentId);
    const swapped = (await desk.registry.invoke('seating.move', { sessionId, appointmentId: a!.appointmentId, seatId: b!.seatId!, reason: 'swap at request' }, proctor)) as { ok: true; value: SeatPlanView };
    expect(swapped.value.candidates.find((c) => c.appointmentId === a!.appointmentId)?.seatId).toBe(b!.seatId);
    expect(swapped.value.candidates.find((c) => c.appointmentId === b!.appointmentId)?.seatId).toBe(a!.seatId);
    expect(await desk.registry.invoke('seating.generate', { sessionId }, proctor)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await desk.close();
  });

  test('a failed workstation moves its candidate to the nearest free working seat and is never used again in the session', async () => {
    const { desk, sessionId, manager, proctor } = await demoDesk();
    const plan = ((await desk.registry.invoke('seating.generate', { sessionId }, manager)) as { ok: true; value: SeatPlanView }).value;
    const seat = plan.seats.find((s) => s.appointmentId !== null && !s.wheelchair)!;
    const r = (await desk.registry.invoke('seating.fault', { sessionId, seatId: seat.id, reason: '主机无法开机' }, proctor)) as { ok: true; value: { outcome: { kind: string; toLabel?: string }; plan: SeatPlanView } };
    expect(r.value.outcome).toMatchObject({ kind: 'moved', fromLabel: seat.label });
    expect(r.value.plan.seats.find((s) => s.id === seat.id)).toMatchObject({ status: 'failed', appointmentId: null });
    const again = (await desk.registry.invoke('seating.generate', { sessionId }, manager)) as { ok: true; value: SeatPlanView };
    expect(again.value.candidates.some((c) => c.seatId === seat.id)).toBe(false);
    expect(await verifyAuditLog(desk.core.store.db)).toMatchObject({ ok: true });
    await desk.close();
  });

  test('BOOK-7 when no working seat is left, the screen is asked to choose; the chosen rebooking moves the candidate free to the first later session with room; the old appointment stays on record', async () => {
    const { desk, sessionId, manager, proctor } = await demoDesk();
    const db = desk.core.store.db;
    let plan = ((await desk.registry.invoke('seating.generate', { sessionId }, manager)) as { ok: true; value: SeatPlanView }).value;
    // Fail every free seat first, so the next fault has nowhere to go.
    for (const s of plan.seats.filter((x) => x.status === 'ok' && x.appointmentId === null)) {
      plan = ((await desk.registry.invoke('seating.fault', { sessionId, seatId: s.id, reason: 'power' }, proctor)) as { ok: true; value: { plan: SeatPlanView } }).value.plan;
    }
    const seat = plan.seats.find((s) => s.appointmentId !== null)!;
    const fault = (await desk.registry.invoke('seating.fault', { sessionId, seatId: seat.id, reason: 'power' }, proctor)) as { ok: true; value: { outcome: { kind: string } } };
    expect(fault.value.outcome).toMatchObject({ kind: 'choose', appointmentId: seat.appointmentId, freeSeats: [], ruleId: 'BOOK-7' });
    const r = (await desk.registry.invoke('seating.rebook', { sessionId, appointmentId: seat.appointmentId!, reason: 'no seat left' }, proctor)) as {
      ok: true;
      value: { outcome: { kind: string; newAppointmentId?: number } };
    };
    expect(r.value.outcome).toMatchObject({ kind: 'rebooked', appointmentId: seat.appointmentId, ruleId: 'BOOK-7' });
    const old = await db.selectFrom('appointments').selectAll().where('id', '=', seat.appointmentId!).executeTakeFirstOrThrow();
    const fresh = await db.selectFrom('appointments').selectAll().where('id', '=', r.value.outcome.newAppointmentId!).executeTakeFirstOrThrow();
    expect(old.state).toBe('rescheduled');
    expect(fresh).toMatchObject({ candidate_id: old.candidate_id, order_id: old.order_id, state: 'booked' });
    expect(fresh.starts_at > old.starts_at).toBe(true);
    await desk.close();
  });

  test('a session that does not fit its room is refused with the number of missing seats and nothing changes', async () => {
    const { desk, sessionId, manager } = await demoDesk();
    const db = desk.core.store.db;
    const room = await db.selectFrom('exam_sessions').select('room_id').where('id', '=', sessionId).executeTakeFirstOrThrow();
    await db.updateTable('seats').set({ status: 'out-of-service' }).where('room_id', '=', room.room_id).where('row', '>', 2).execute();
    const r = await desk.registry.invoke('seating.generate', { sessionId }, manager);
    expect(r).toMatchObject({ ok: false, error: { code: 'REFUSED', message: expect.stringMatching(/\d+ seat\(s\)/) } });
    expect(await db.selectFrom('seat_assignments').selectAll().execute()).toHaveLength(0);
    await desk.close();
  });
});
