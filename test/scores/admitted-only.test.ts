import { describe, expect, test } from 'vitest';
import { verifyAuditLog } from '../../electron/audit/audit-log';
import type { IpcResult } from '../../shared/ipc/result';
import type { PaperAdmissionResult, ScoreImportPreview, ScoreSheet } from '../../shared/scores/contract';
import { rowCounts } from '../support/row-counts';
import { seedAppointment } from '../support/seed';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk, type TestDesk } from '../support/test-core';
import { admit } from './admitted-fixture';

const tempDir = useTempDir();

/** 14:00 in Shanghai: the 09:00 session is over; one candidate admitted, one never admitted. */
async function afterTheExam() {
  const desk = await openTestDesk(tempDir(), new Date('2026-12-05T06:00:00Z'));
  const came = await seedAppointment(desk.core.store.db);
  const never = await seedAppointment(desk.core.store.db, { name: '李娜' });
  await admit(desk, came.appointmentId);
  return { desk, came, never, proctor: await desk.as('proctor'), manager: await desk.as('manager') };
}

const enter = (desk: TestDesk, caller: Awaited<ReturnType<TestDesk['as']>>, appointmentId: number, value: number | null) =>
  desk.registry.invoke('scores.enter', { appointmentId, part: 'theory', value, absent: value === null }, caller);

describe('scores only for admitted candidates (#18.5)', () => {
  test('#18.5 a score for a candidate never admitted is refused with words and nothing is written; "absent" is recorded', async () => {
    const { desk, never, proctor, manager } = await afterTheExam();
    const before = await rowCounts(desk.core);
    const r = await enter(desk, proctor, never.appointmentId, 85);
    expect(r).toMatchObject({ ok: false, error: { code: 'REFUSED', say: { key: 'scores.notAdmitted', params: { name: '李娜' } } } });
    expect(await rowCounts(desk.core)).toEqual(before);
    // Absent is what is recorded for them: two entries agree, a held result, not passed.
    expect(await enter(desk, proctor, never.appointmentId, null)).toMatchObject({ ok: true });
    expect(await enter(desk, manager, never.appointmentId, null)).toMatchObject({ ok: true, value: { admitted: false, result: { absent: true, passed: false, state: 'held' } } });
    await desk.close();
  });

  test('#18.5 the score sheet marks who was admitted, and an admitted candidate is scored as before', async () => {
    const { desk, came, never, proctor, manager } = await afterTheExam();
    const sheet = (await desk.registry.invoke('scores.sheet', { sessionId: came.sessionId, part: 'theory' }, proctor)) as IpcResult<ScoreSheet>;
    if (!sheet.ok) throw new Error(sheet.error.message);
    expect(sheet.value.rows.find((r) => r.appointmentId === came.appointmentId)?.admitted).toBe(true);
    const other = (await desk.registry.invoke('scores.sheet', { sessionId: never.sessionId, part: 'theory' }, proctor)) as IpcResult<ScoreSheet>;
    expect(other.ok && other.value.rows.find((r) => r.appointmentId === never.appointmentId)?.admitted).toBe(false);
    await enter(desk, proctor, came.appointmentId, 63);
    expect(await enter(desk, manager, came.appointmentId, 63)).toMatchObject({ ok: true, value: { result: { value: 63, passed: true } } });
    await desk.close();
  });

  test('#18.5 a manager resolution cannot give a score to a candidate never admitted', async () => {
    const { desk, never, manager } = await afterTheExam();
    // Two disagreeing entries written before this rule existed (an old database).
    const ops = await desk.core.store.db.selectFrom('operators').select('id').orderBy('id').execute();
    for (const [i, v] of [
      [0, 85],
      [1, 63],
    ] as const) {
      await desk.core.store.db
        .insertInto('scores')
        .values({ appointment_id: never.appointmentId, part: 'theory', entry_no: (i + 1) as 1 | 2, operator_id: ops[i]!.id, value: v, absent: 0, entered_at: '2026-12-05T05:00:00.000Z' })
        .execute();
    }
    const r = await desk.registry.invoke('scores.resolve', { appointmentId: never.appointmentId, part: 'theory', value: 85, absent: false, reason: '以第一次录入为准' }, manager);
    expect(r).toMatchObject({ ok: false, error: { code: 'REFUSED', say: { key: 'scores.notAdmitted' } } });
    expect(await desk.core.store.db.selectFrom('results').selectAll().execute()).toHaveLength(0);
    expect(await desk.registry.invoke('scores.resolve', { appointmentId: never.appointmentId, part: 'theory', value: null, absent: true, reason: '考生未入场，记为缺考' }, manager)).toMatchObject({
      ok: true,
      value: { result: { absent: true } },
    });
    await desk.close();
  });

  test('#18.5 a sponsor score file that scores a candidate never admitted names the line and imports nothing', async () => {
    const { desk, came, never, manager } = await afterTheExam();
    const booking = async (id: number) => (await desk.core.store.db.selectFrom('appointments').select('booking_id').where('id', '=', id).executeTakeFirstOrThrow()).booking_id;
    const text = `booking_id,part,score,absent\r\n${await booking(came.appointmentId)},theory,72,\r\n${await booking(never.appointmentId)},theory,63,\r\n`;
    const file = { fileName: 'scores.csv', base64: Buffer.from(text).toString('base64') };
    const preview = (await desk.registry.invoke('scores.importPreview', file, manager)) as IpcResult<ScoreImportPreview>;
    expect(preview).toMatchObject({ ok: true, value: { errorCount: 1, errors: [{ line: 3, code: 'NOT_ADMITTED' }] } });
    const before = await rowCounts(desk.core);
    expect(await desk.registry.invoke('scores.importApply', file, manager)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await rowCounts(desk.core)).toEqual(before);
    await desk.close();
  });

  test('#18.5 a manager records a paper-sheet admission with a reason (check-in, ID log, audit in one go); then the score is taken', async () => {
    const { desk, never, proctor, manager } = await afterTheExam();
    const db = desk.core.store.db;
    const req = { appointmentId: never.appointmentId, arrivedAt: '08:41', reason: '当天系统故障，使用纸质签到表，考生已签字' };
    expect(await desk.registry.invoke('scores.recordPaperAdmission', req, proctor)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await desk.registry.invoke('scores.recordPaperAdmission', { ...req, reason: '' }, manager)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const r = (await desk.registry.invoke('scores.recordPaperAdmission', req, manager)) as IpcResult<PaperAdmissionResult>;
    expect(r).toMatchObject({ ok: true, value: { admittedLocal: '2026-12-05 08:41' } });
    const checkIn = await db.selectFrom('check_ins').selectAll().where('appointment_id', '=', never.appointmentId).executeTakeFirstOrThrow();
    expect(checkIn.admitted_at).toBe('2026-12-05T00:41:00.000Z');
    const log = await db.selectFrom('id_checks').selectAll().where('appointment_id', '=', never.appointmentId).execute();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ kind: 'admission', outcome: 'admitted', override_reason: expect.stringContaining(req.reason) });
    expect(JSON.parse(log[0]!.checks_json)).toMatchObject({ source: 'paper-sheet', arrivedLocal: '08:41' });
    const audit = await db.selectFrom('audit_log').selectAll().where('action', '=', 'checkin.paperAdmission').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.detail_json)).toMatchObject({ reason: req.reason, idCheckId: log[0]!.id });
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true });
    // Twice is refused with words; nothing more is written.
    expect(await desk.registry.invoke('scores.recordPaperAdmission', req, manager)).toMatchObject({ ok: false, error: { code: 'CONFLICT', say: { key: 'scores.paperAlreadyAdmitted' } } });
    expect(await db.selectFrom('id_checks').selectAll().execute()).toHaveLength(1);
    // Now the score is taken.
    await enter(desk, proctor, never.appointmentId, 85);
    expect(await enter(desk, manager, never.appointmentId, 85)).toMatchObject({ ok: true, value: { admitted: true, result: { value: 85, passed: true } } });
    await desk.close();
  });

  test('#18.5 a paper arrival still to come is refused with words', async () => {
    const { desk, never, manager } = await afterTheExam();
    desk.clock.set(new Date('2026-12-05T00:30:00Z')); // 08:30
    const r = await desk.registry.invoke('scores.recordPaperAdmission', { appointmentId: never.appointmentId, arrivedAt: '08:45', reason: '纸质签到表补录' }, manager);
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', say: { key: 'scores.paperArrivalLate' } } });
    expect(await desk.core.store.db.selectFrom('check_ins').selectAll().where('appointment_id', '=', never.appointmentId).execute()).toHaveLength(0);
    await desk.close();
  });
});
