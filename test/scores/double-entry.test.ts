import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ResultView, ScoreRow } from '../../shared/scores/contract';
import { seedAppointment } from '../support/seed';
import { seedAdmitted } from './admitted-fixture';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk, type TestDesk } from '../support/test-core';

const tempDir = useTempDir();

async function twoOperators(desk: TestDesk) {
  const first = await desk.as('proctor');
  const second = await desk.as('manager'); // a manager can enter scores too: a different operator
  return { first, second };
}

const enter = (desk: TestDesk, caller: Awaited<ReturnType<TestDesk['as']>>, appointmentId: number, value: number | null) =>
  desk.registry.invoke('scores.enter', { appointmentId, part: 'theory', value, absent: value === null }, caller);

describe('score entry (issue #6)', () => {
  test('RES-1 a score at exactly the pass mark passes, one below fails', async () => {
    const desk = await openTestDesk(tempDir(), new Date('2026-12-05T06:00:00Z'));
    const a = await seedAdmitted(desk);
    const b = await seedAdmitted(desk, { name: '李娜' });
    const { first, second } = await twoOperators(desk);
    for (const [id, v] of [
      [a.appointmentId, 60],
      [b.appointmentId, 59],
    ] as const) {
      await enter(desk, first, id, v);
      const r = await enter(desk, second, id, v);
      expect(r.ok).toBe(true);
    }
    const rowA = (await enter(desk, first, a.appointmentId, 60)) as { ok: true; value: ScoreRow };
    expect(rowA.value.result).toMatchObject({ passed: true, state: 'held', value: 60 });
    const rowB = (await enter(desk, first, b.appointmentId, 59)) as { ok: true; value: ScoreRow };
    expect(rowB.value.result).toMatchObject({ passed: false, state: 'held' });
    await desk.close();
  });

  test('RES-2 a theory result is dated three days after the exam and released only from that day', async () => {
    const desk = await openTestDesk(tempDir(), new Date('2026-12-05T06:00:00Z'));
    const a = await seedAdmitted(desk);
    const { first, second } = await twoOperators(desk);
    await enter(desk, first, a.appointmentId, 75);
    const row = (await enter(desk, second, a.appointmentId, 75)) as { ok: true; value: ScoreRow };
    expect(row.value.result?.releaseDate).toBe('2026-12-08');
    expect(await desk.registry.invoke('scores.release', { sessionId: a.sessionId, part: 'theory' }, second)).toEqual({ ok: true, value: { released: 0, notYet: 1 } });
    desk.clock.set(new Date('2026-12-07T16:00:00Z')); // 2026-12-08 00:00 in Shanghai
    expect(await desk.registry.invoke('scores.release', { sessionId: a.sessionId, part: 'theory' }, second)).toEqual({ ok: true, value: { released: 1, notYet: 0 } });
    await desk.close();
  });

  test('a released result is locked in the database; a correction is a new record with its reason', async () => {
    const desk = await openTestDesk(tempDir(), new Date('2026-12-09T06:00:00Z'));
    const a = await seedAdmitted(desk);
    const { first, second } = await twoOperators(desk);
    await enter(desk, first, a.appointmentId, 55);
    await enter(desk, second, a.appointmentId, 55);
    await desk.registry.invoke('scores.release', { sessionId: a.sessionId, part: 'theory' }, second);
    const released = await desk.core.store.db.selectFrom('results').selectAll().where('state', '=', 'released').executeTakeFirstOrThrow();
    expect(() => desk.core.store.sqlite.prepare('update results set value = 90 where id = ?').run(released.id)).toThrow(/locked/);
    expect(() => desk.core.store.sqlite.prepare('delete from results').run()).toThrow(/never deleted/);
    const late = await enter(desk, first, a.appointmentId, 90);
    expect(late).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const corrected = (await desk.registry.invoke('scores.correct', { resultId: released.id, value: 65, absent: false, reason: 'Marking error on question 12' }, second)) as { ok: true; value: ResultView };
    expect(corrected.value).toMatchObject({ value: 65, passed: true, state: 'released', correctsId: released.id, reason: 'Marking error on question 12' });
    const proctorTry = await desk.registry.invoke('scores.correct', { resultId: corrected.value.id, value: 99, absent: false, reason: 'not allowed' }, first);
    expect(proctorTry).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await desk.close();
  });

  test('RES-5 a cancelled result keeps its reason and counts as not passed', async () => {
    const desk = await openTestDesk(tempDir(), new Date('2026-12-05T06:00:00Z'));
    const a = await seedAdmitted(desk);
    const { first, second } = await twoOperators(desk);
    await enter(desk, first, a.appointmentId, 88);
    const row = (await enter(desk, second, a.appointmentId, 88)) as { ok: true; value: ScoreRow };
    const cancelled = await desk.registry.invoke('scores.cancel', { resultId: row.value.result!.id, reason: 'Phone used during the exam' }, second);
    expect(cancelled).toMatchObject({ ok: true, value: { state: 'cancelled', passed: false, reason: 'Phone used during the exam' } });
    await desk.close();
  });

  test('the same operator saving twice never creates a second entry, and one operator alone never makes a result', async () => {
    const desk = await openTestDesk(tempDir(), new Date('2026-12-05T06:00:00Z'));
    const a = await seedAdmitted(desk);
    const { first } = await twoOperators(desk);
    await Promise.all([enter(desk, first, a.appointmentId, 70), enter(desk, first, a.appointmentId, 70), enter(desk, first, a.appointmentId, 71)]);
    const entries = await desk.core.store.db.selectFrom('scores').selectAll().execute();
    expect(entries).toHaveLength(1);
    expect(await desk.core.store.db.selectFrom('results').selectAll().execute()).toHaveLength(0);
    await desk.close();
  });

  test('a score above the part maximum is refused with the maximum in the message and nothing is written', async () => {
    const desk = await openTestDesk(tempDir(), new Date('2026-12-05T06:00:00Z'));
    const a = await seedAdmitted(desk);
    const { first } = await twoOperators(desk);
    const r = await enter(desk, first, a.appointmentId, 101);
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('100') } });
    expect(await desk.core.store.db.selectFrom('scores').selectAll().execute()).toHaveLength(0);
    await desk.close();
  });

  test('double entry never produces a live result for a disagreed score, whatever the order of entries (property)', async () => {
    const desk = await openTestDesk(tempDir(), new Date('2026-12-05T06:00:00Z'));
    const { first, second } = await twoOperators(desk);
    const score = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant(null));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.boolean(), score), { minLength: 1, maxLength: 6 }), async (steps) => {
        const { appointmentId } = await seedAdmitted(desk);
        const last = new Map<boolean, number | null>();
        for (const [isFirst, v] of steps) {
          await enter(desk, isFirst ? first : second, appointmentId, v);
          last.set(isFirst, v);
        }
        const live = await desk.core.store.db.selectFrom('results').selectAll().where('appointment_id', '=', appointmentId).where('state', 'in', ['held', 'released']).execute();
        const agreed = last.size === 2 && last.get(true) === last.get(false);
        expect(live).toHaveLength(agreed ? 1 : 0);
        if (agreed) expect(live[0]!.value).toBe(last.get(true));
      }),
      { numRuns: 60 },
    );
    await desk.close();
  });
});

describe('statistics (REP-1)', () => {
  test('registered, attended (checked in or scored present), passed and pass rate per subject', async () => {
    const desk = await openTestDesk(tempDir(), new Date('2026-12-05T06:00:00Z'));
    const db = desk.core.store.db;
    const a = await seedAdmitted(desk);
    const b = await seedAppointment(db, { name: '李娜' }); // never admitted: absent
    const { first, second } = await twoOperators(desk);
    for (const [id, v] of [
      [a.appointmentId, 90],
      [b.appointmentId, null],
    ] as const) {
      await enter(desk, first, id, v);
      await enter(desk, second, id, v);
    }
    const r = await desk.registry.invoke('scores.stats', {}, first);
    if (!r.ok) throw new Error('stats failed');
    const rows = r.value as { registered: number; attended: number; passed: number; passRate: number }[];
    expect(rows.reduce((n, x) => n + x.registered, 0)).toBe(2);
    expect(rows.reduce((n, x) => n + x.attended, 0)).toBe(1);
    expect(rows.reduce((n, x) => n + x.passed, 0)).toBe(1);
    expect(rows.find((x) => x.attended === 1)?.passRate).toBe(1);
    await desk.close();
  });
});
