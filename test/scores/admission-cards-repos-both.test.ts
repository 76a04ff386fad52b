import { expect, test } from 'vitest';
import { namesByAdmissionCode, sessionsForLeases } from '../../electron/centerlink/day-sessions-repo';
import { loadCards } from '../../electron/checkin/cards-repo';
import { defaultRuleEnv } from '../../electron/rules/default-env';
import { candidateOfAppointment, checkInOf, insertPaperCheckIn, seatedAppointment, unmarkNoShow } from '../../electron/scores/admission-repo';
import { scoreContextRow } from '../../electron/scores/score-context-repo';
import { describeEachDialect } from '../support/each-dialect';
import { seedOperator } from '../support/leg-seed';
import { seedAppointment } from '../support/seed';

const at = '2026-12-05T01:05:00.000Z';
const ZONE = 'Asia/Shanghai';

describeEachDialect('paper admissions, score context, check-in cards and the lease panel sessions (#19: the same Kysely code on both dialects)', (leg) => {
  test('a paper admission of a no-show books it again and admits it once; the score context names its part limits', async () => {
    const db = await leg.open();
    const { appointmentId, sessionId } = await seedAppointment(db);
    const op = await seedOperator(db);
    await db.updateTable('appointments').set({ state: 'no-show' }).where('id', '=', appointmentId).execute();
    await db.transaction().execute(async (trx) => {
      expect(await seatedAppointment(trx, appointmentId)).toEqual(expect.objectContaining({ id: appointmentId, state: 'no-show', local_date: '2026-12-05', duration_min: 90, name: '张伟' }));
      expect(await candidateOfAppointment(trx, appointmentId)).toEqual({ name: '张伟', booking_id: expect.stringMatching(/^BK/) });
      await unmarkNoShow(trx, appointmentId);
      await insertPaperCheckIn(trx, { appointment_id: appointmentId, operator_id: op, desk: 'paper', admitted_at: at });
    });
    await expect(db.transaction().execute((trx) => insertPaperCheckIn(trx, { appointment_id: appointmentId, operator_id: op, desk: 'paper', admitted_at: at }))).rejects.toThrow(/unique/i);
    expect(await checkInOf(db, appointmentId)).toEqual({ id: expect.any(Number), admitted_at: at });
    expect((await db.selectFrom('appointments').select('state').where('id', '=', appointmentId).executeTakeFirstOrThrow()).state).toBe('booked');
    expect(await scoreContextRow(db, appointmentId, 'theory')).toEqual(expect.objectContaining({ id: appointmentId, max_score: 100, pass_score: 60, attempt_no: 1 }));
    expect(await scoreContextRow(db, appointmentId, 'lab')).toEqual(expect.objectContaining({ id: appointmentId, max_score: null, pass_score: null }));
    expect(sessionId).toEqual(expect.any(Number));
  });

  test('check-in cards come back in the order asked, with their room, order state, photo flag and admission; the lease panel lists the day and names candidates by code', async () => {
    const db = await leg.open();
    const a = await seedAppointment(db, { startsAt: '2026-12-05T01:00:00.000Z' });
    const b = await seedAppointment(db, { startsAt: '2026-12-05T06:00:00.000Z', name: '李娜' });
    const op = await seedOperator(db);
    await db.insertInto('check_ins').values({ appointment_id: a.appointmentId, operator_id: op, desk: 'desk-1', admitted_at: at }).execute();
    const cards = await loadCards(db, [b.appointmentId, a.appointmentId, 9999], { now: new Date(at), timeZone: ZONE, env: defaultRuleEnv() });
    expect(cards.map((c) => [c.appointmentId, c.candidateName, c.room?.code, c.hasPhoto, c.checkIn?.admittedLocal ?? null, c.checkIn?.by ?? null])).toEqual([
      [b.appointmentId, '李娜', 'A', false, null, null],
      [a.appointmentId, '张伟', 'A', false, '2026-12-05 09:05', 'proctor-1'],
    ]);
    expect(cards[1]!.orderState).toEqual(expect.any(String));
    expect((await sessionsForLeases(db, '2026-12-05')).map((s) => [s.id, s.roomCode, s.startsAt])).toEqual([
      [a.sessionId, 'A', '2026-12-05T01:00:00.000Z'],
      [b.sessionId, 'A', '2026-12-05T06:00:00.000Z'],
    ]);
    const codes = await db.selectFrom('appointments').select(['admission_code']).orderBy('id').execute();
    expect(await namesByAdmissionCode(db, [...codes.map((c) => c.admission_code), 'NONE'])).toEqual(
      new Map([
        [codes[0]!.admission_code, '张伟'],
        [codes[1]!.admission_code, '李娜'],
      ]),
    );
  });
});
