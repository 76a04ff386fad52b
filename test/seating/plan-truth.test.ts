import { describe, expect, test } from 'vitest';
import { verifyAuditLog } from '../../electron/audit/audit-log';
import { generateDemo } from '../../electron/demo/demo-day';
import type { FaultOutcome, SeatPlanView } from '../../shared/seating/contract';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const tempDir = useTempDir();

async function demoDesk() {
  const desk = await openTestDesk(tempDir(), new Date('2026-12-05T01:10:00Z'));
  await generateDemo(desk.core.store, { date: '2026-12-05', hashKey: desk.core.hashKey });
  const session = await desk.core.store.db.selectFrom('exam_sessions').select('id').orderBy('id').executeTakeFirstOrThrow();
  return { desk, sessionId: session.id, manager: await desk.as('manager'), proctor: await desk.as('proctor') };
}

/** Same-subject neighbours (side by side, front and back) counted from the seats as the view shows them. */
function countFromSeats(plan: SeatPlanView): number {
  const subject = new Map(plan.candidates.map((c) => [c.appointmentId, c.subjectCode]));
  const at = new Map(plan.seats.map((s) => [`${s.row}:${s.col}`, s]));
  let n = 0;
  for (const s of plan.seats) {
    for (const key of [`${s.row}:${s.col + 1}`, `${s.row + 1}:${s.col}`]) {
      const t = at.get(key);
      if (s.appointmentId && t?.appointmentId && subject.get(s.appointmentId) === subject.get(t.appointmentId)) n++;
    }
  }
  return n;
}

type Ok<T> = { ok: true; value: T };

describe('the seat plan says what is so (#18.6, #14.9)', () => {
  test('#18.6 after a manual move puts two same-subject candidates side by side, the neighbour figure is counted from the current plan', async () => {
    const { desk, sessionId, manager, proctor } = await demoDesk();
    const plan = ((await desk.registry.invoke('seating.generate', { sessionId, seed: 11 }, manager)) as Ok<SeatPlanView>).value;
    expect(plan.plan!.adjacentSameSubject).toBe(countFromSeats(plan));
    const generated = plan.plan!.adjacentSameSubject;
    // Find a move that seats a candidate next to one of the same subject and changes the count.
    const at = new Map(plan.seats.map((s) => [`${s.row}:${s.col}`, s]));
    let after: SeatPlanView | null = null;
    for (const a of plan.candidates.filter((c) => c.seatId !== null)) {
      const seatA = plan.seats.find((s) => s.id === a.seatId)!;
      const beside = [at.get(`${seatA.row}:${seatA.col + 1}`), at.get(`${seatA.row}:${seatA.col - 1}`)].find((s) => s && s.status === 'ok' && !s.wheelchair && s.appointmentId === null);
      const b = plan.candidates.find((c) => c.appointmentId !== a.appointmentId && c.subjectCode === a.subjectCode && !c.wheelchair && c.seatId !== null);
      if (!beside || !b) continue;
      const r = (await desk.registry.invoke('seating.move', { sessionId, appointmentId: b.appointmentId, seatId: beside.id, reason: '靠近窗户' }, proctor)) as Ok<SeatPlanView>;
      expect(r.ok).toBe(true);
      if (countFromSeats(r.value) !== generated) {
        after = r.value;
        break;
      }
    }
    expect(after).not.toBeNull();
    expect(countFromSeats(after!)).toBeGreaterThan(0);
    expect(after!.plan!.adjacentSameSubject).toBe(countFromSeats(after!));
    // A fresh read says the same (the figure is not a leftover of the move's answer).
    const read = ((await desk.registry.invoke('seating.plan', { sessionId }, proctor)) as Ok<SeatPlanView>).value;
    expect(read.plan!.adjacentSameSubject).toBe(countFromSeats(read));
    await desk.close();
  });

  test('#18.6 a fault on the wheelchair seat offers the free regular seats, moves nobody to another session, and BOOK-7 happens only when chosen', async () => {
    const { desk, sessionId, manager, proctor } = await demoDesk();
    const db = desk.core.store.db;
    const plan = ((await desk.registry.invoke('seating.generate', { sessionId }, manager)) as Ok<SeatPlanView>).value;
    const wheel = plan.candidates.find((c) => c.wheelchair)!;
    const seat = plan.seats.find((s) => s.id === wheel.seatId)!;
    expect(seat.wheelchair).toBe(true);
    expect(plan.seats.filter((s) => s.wheelchair && s.status === 'ok' && s.appointmentId === null)).toHaveLength(0);
    const before = await db.selectFrom('appointments').select('id').execute();

    const r = (await desk.registry.invoke('seating.fault', { sessionId, seatId: seat.id, reason: '升降桌故障' }, proctor)) as Ok<{ outcome: FaultOutcome; plan: SeatPlanView }>;
    expect(r.value.outcome).toMatchObject({ kind: 'choose', appointmentId: wheel.appointmentId, fromLabel: seat.label, ruleId: 'BOOK-7' });
    const offered = (r.value.outcome as Extract<FaultOutcome, { kind: 'choose' }>).freeSeats;
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.every((s) => !s.wheelchair)).toBe(true);
    // Nobody was rebooked: the same appointments, still booked in this session.
    expect(await db.selectFrom('appointments').select('id').execute()).toHaveLength(before.length);
    expect(await db.selectFrom('appointments').select('state').where('id', '=', wheel.appointmentId).executeTakeFirstOrThrow()).toEqual({ state: 'booked' });

    // Taking the regular seat needs the explicit choice.
    const plain = await desk.registry.invoke('seating.move', { sessionId, appointmentId: wheel.appointmentId, seatId: offered[0]!.id, reason: '考生同意使用普通座位' }, proctor);
    expect(plain).toMatchObject({ ok: false, error: { code: 'REFUSED', say: { key: 'seating.needsWheelchair' } } });
    const taken = (await desk.registry.invoke(
      'seating.move',
      { sessionId, appointmentId: wheel.appointmentId, seatId: offered[0]!.id, reason: '考生同意使用普通座位', acceptRegularSeat: true },
      proctor,
    )) as Ok<SeatPlanView>;
    expect(taken.value.candidates.find((c) => c.appointmentId === wheel.appointmentId)?.seatId).toBe(offered[0]!.id);
    // Now seated, BOOK-7 is refused with words.
    expect(await desk.registry.invoke('seating.rebook', { sessionId, appointmentId: wheel.appointmentId, reason: 'choose later' }, proctor)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', say: { key: 'seating.stillSeated' } },
    });
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true });
    await desk.close();
  });

  test('#18.6 BOOK-7 rebooking of a candidate the session cannot seat happens through the explicit choice and is audited', async () => {
    const { desk, sessionId, manager, proctor } = await demoDesk();
    const db = desk.core.store.db;
    const plan = ((await desk.registry.invoke('seating.generate', { sessionId }, manager)) as Ok<SeatPlanView>).value;
    const wheel = plan.candidates.find((c) => c.wheelchair)!;
    const r = (await desk.registry.invoke('seating.fault', { sessionId, seatId: wheel.seatId!, reason: 'power' }, proctor)) as Ok<{ outcome: FaultOutcome }>;
    expect(r.value.outcome.kind).toBe('choose');
    const rebooked = (await desk.registry.invoke('seating.rebook', { sessionId, appointmentId: wheel.appointmentId, reason: '考生选择改约下午场' }, proctor)) as Ok<{ outcome: FaultOutcome }>;
    expect(rebooked.value.outcome).toMatchObject({ kind: 'rebooked', appointmentId: wheel.appointmentId, ruleId: 'BOOK-7' });
    expect(await db.selectFrom('appointments').select('state').where('id', '=', wheel.appointmentId).executeTakeFirstOrThrow()).toEqual({ state: 'rescheduled' });
    const audit = await db.selectFrom('audit_log').select('action').where('action', '=', 'seating.rebook').execute();
    expect(audit).toHaveLength(1);
    await desk.close();
  });

  test('#14.9 moving a candidate onto their own seat is a no-op success: nothing written, nothing audited', async () => {
    const { desk, sessionId, manager, proctor } = await demoDesk();
    const db = desk.core.store.db;
    const plan = ((await desk.registry.invoke('seating.generate', { sessionId }, manager)) as Ok<SeatPlanView>).value;
    const who = plan.candidates.find((c) => c.seatId !== null && !c.wheelchair)!;
    const auditBefore = await db.selectFrom('audit_log').select('seq').execute();
    const r = await desk.registry.invoke('seating.move', { sessionId, appointmentId: who.appointmentId, seatId: who.seatId!, reason: 'same seat' }, proctor);
    expect(r).toMatchObject({ ok: true });
    expect((r as Ok<SeatPlanView>).value.candidates.find((c) => c.appointmentId === who.appointmentId)?.seatId).toBe(who.seatId);
    expect(await db.selectFrom('audit_log').select('seq').execute()).toHaveLength(auditBefore.length);
    await desk.close();
  });
});
