import { expect, test } from 'vitest';
import { insertSeatAssignment, insertSeatFault, saveSeatPlan, unseat } from '../../electron/seating/assignments-repo';
import { loadSeatPlan } from '../../electron/seating/plan-repo';
import { sessionsAfterWithRoom } from '../../electron/seating/rebook-repo';
import { insertSeat, seatEverAssigned, seatEverFaulted, seatPlannedInOpenSession, workingSeatCount } from '../../electron/seating/rooms-repo';
import { heldResultsOfSession, insertResult, markReleased, markSuperseded } from '../../electron/scores/result-changes-repo';
import { latestResult, liveResult } from '../../electron/scores/results-repo';
import { insertScoreEntry, isResolved, scoreEntriesByNumber } from '../../electron/scores/score-entries-repo';
import { upsertScoreResolution } from '../../electron/scores/score-import-repo';
import { describeEachDialect } from '../support/each-dialect';
import { seedOperator } from '../support/leg-seed';
import { seedAppointment } from '../support/seed';

const at = '2026-12-05T01:05:00.000Z';

describeEachDialect('seating and score repositories (#19: the same Kysely code on both dialects)', (leg) => {
  test('a seat holds one candidate per session; a plan is saved and replaced; faults count once; loadSeatPlan shows seats, people and the plan', async () => {
    const db = await leg.open();
    const a = await seedAppointment(db);
    const b = await seedAppointment(db, { name: '李娜' });
    // seedAppointment's room A (2 x 2) has no seats yet; a session per call.
    const room = (await db.selectFrom('rooms').select('id').executeTakeFirstOrThrow()).id;
    for (const [label, row, col] of [
      ['A01', 1, 1],
      ['A02', 1, 2],
      ['A03', 2, 1],
    ] as const)
      await insertSeat(db, { room_id: room, label, row, col, status: 'ok', wheelchair: 0 });
    const seats = await db.selectFrom('seats').select(['id', 'label']).orderBy('label').execute();
    const op = await seedOperator(db);
    await insertSeatAssignment(db, { session_id: a.sessionId, appointment_id: a.appointmentId, seat_id: seats[0]!.id, seed: 7919, reason: 'plan', assigned_at: at });
    await expect(insertSeatAssignment(db, { session_id: a.sessionId, appointment_id: b.appointmentId, seat_id: seats[0]!.id, seed: 7919, reason: 'plan', assigned_at: at })).rejects.toThrow(/unique/i);
    await saveSeatPlan(db, { session_id: a.sessionId, seed: 1, adjacent_same_subject: 0, generated_at: at, generated_by: op });
    await saveSeatPlan(db, { session_id: a.sessionId, seed: 7919, adjacent_same_subject: 0, generated_at: at, generated_by: op });
    await insertSeatFault(db, { session_id: a.sessionId, seat_id: seats[2]!.id, reason: 'no power', at, operator_id: op });
    await expect(insertSeatFault(db, { session_id: a.sessionId, seat_id: seats[2]!.id, reason: 'again', at, operator_id: op })).rejects.toThrow(/unique/i);

    expect([await seatEverAssigned(db, seats[0]!.id), await seatEverAssigned(db, seats[1]!.id), await seatEverFaulted(db, seats[2]!.id)]).toEqual([true, false, true]);
    expect(await seatPlannedInOpenSession(db, seats[0]!.id)).toBe(true);
    expect(await workingSeatCount(db, room)).toBe(3);
    const plan = await loadSeatPlan(db, a.sessionId);
    expect(plan.plan).toEqual({ seed: 7919, adjacentSameSubject: 0, generatedAt: at });
    expect(plan.seats.map((s) => [s.label, s.status, s.appointmentId])).toEqual([
      ['A01', 'ok', a.appointmentId],
      ['A02', 'ok', null],
      ['A03', 'failed', null],
    ]);
    expect(plan.candidates).toEqual([expect.objectContaining({ appointmentId: a.appointmentId, seatLabel: 'A01', candidateName: '张伟', documentMasked: '****7578' })]);
    expect((await sessionsAfterWithRoom(db, '2026-12-01T00:00:00.000Z')).map((s) => [s.id, Number(s.working), Number(s.booked)])).toEqual([
      [a.sessionId, 3, 1],
      [b.sessionId, 3, 1],
    ]);
    await unseat(db, [a.appointmentId]);
    expect((await loadSeatPlan(db, a.sessionId)).seats[0]!.appointmentId).toBeNull();
  });

  test('scores: two entries per part and no third; a resolution is written once and replaced by the import; results go held -> released -> superseded', async () => {
    const db = await leg.open();
    const { appointmentId, sessionId } = await seedAppointment(db);
    const op = await seedOperator(db);
    const entry = { appointment_id: appointmentId, part: 'theory', operator_id: op, value: 70, absent: 0, entered_at: at };
    await insertScoreEntry(db, { ...entry, entry_no: 2, value: 72 });
    await insertScoreEntry(db, { ...entry, entry_no: 1 });
    await expect(insertScoreEntry(db, { ...entry, entry_no: 1 })).rejects.toThrow(/unique/i);
    expect((await scoreEntriesByNumber(db, appointmentId, 'theory')).map((e) => [e.entry_no, e.value])).toEqual([
      [1, 70],
      [2, 72],
    ]);
    expect(await isResolved(db, appointmentId, 'theory')).toBe(false);
    const decided = { value: 71, absent: 0, reason: 'checked the paper', operator_id: op, resolved_at: at };
    await db.transaction().execute((trx) => upsertScoreResolution(trx, { appointment_id: appointmentId, part: 'theory' }, decided));
    await db.transaction().execute((trx) => upsertScoreResolution(trx, { appointment_id: appointmentId, part: 'theory' }, { ...decided, value: 72 }));
    expect(await isResolved(db, appointmentId, 'theory')).toBe(true);
    expect(await db.selectFrom('score_resolutions').select(['value', 'reason']).execute()).toEqual([{ value: 72, reason: 'checked the paper' }]);

    const result = await insertResult(db, {
      appointment_id: appointmentId,
      part: 'theory',
      value: 72,
      absent: 0,
      max_score: 100,
      pass_score: 60,
      passed: 1,
      state: 'held',
      release_date: '2026-12-10',
      created_at: at,
      created_by: op,
    });
    expect(await heldResultsOfSession(db, sessionId, 'theory')).toEqual([{ id: result.id, release_date: '2026-12-10', appointment_id: appointmentId }]);
    await markReleased(db, result.id, at, op);
    expect(await liveResult(db, appointmentId, 'theory')).toEqual(expect.objectContaining({ id: result.id, state: 'released', released_by: op }));
    await markSuperseded(db, result.id);
    expect(await liveResult(db, appointmentId, 'theory')).toBeUndefined();
    expect(await latestResult(db, appointmentId, 'theory')).toBeUndefined();
  });
});
