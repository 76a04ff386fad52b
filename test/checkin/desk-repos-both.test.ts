import { expect, test } from 'vitest';
import { appendAudit, auditHead, verifyAuditLog } from '../../electron/audit/audit-log';
import { GENESIS_HASH } from '../../electron/audit/hash';
import { dayOfDate } from '../../electron/checkin/center-day';
import { appointmentPerson, bookedOrNoShowIn, insertCheckIn, markNoShow } from '../../electron/checkin/check-ins-repo';
import { findQueries } from '../../electron/checkin/find-queries-repo';
import { appendIdCheck } from '../../electron/idlog/append';
import { verifyIdCheckChain } from '../../electron/idlog/chain';
import { idChecksInOrder } from '../../electron/idlog/id-checks-repo';
import { listIdChecks } from '../../electron/idlog/list-repo';
import { describeEachDialect } from '../support/each-dialect';
import { seedOperator } from '../support/leg-seed';
import { seedAppointment } from '../support/seed';

const at = '2026-12-05T01:05:00.000Z';
const ZONE = 'Asia/Shanghai';

describeEachDialect('check-in, audit and ID-log repositories (#19: the same Kysely code on both dialects)', (leg) => {
  test('DAY-8: insertCheckIn admits once; a second admission of the appointment fails in its transaction and leaves the first alone', async () => {
    const db = await leg.open();
    const { appointmentId, sessionId } = await seedAppointment(db);
    const op = await seedOperator(db);
    const row = { appointment_id: appointmentId, operator_id: op, desk: 'desk-1', admitted_at: at, override_reason: null };
    const id = await db.transaction().execute((trx) => insertCheckIn(trx, row));
    expect(id).toEqual(expect.any(Number));
    await expect(db.transaction().execute((trx) => insertCheckIn(trx, { ...row, desk: 'desk-2' }))).rejects.toThrow(/unique/i);
    expect(await db.selectFrom('check_ins').select(['id', 'desk']).execute()).toEqual([{ id, desk: 'desk-1' }]);
    expect(await bookedOrNoShowIn(db, [sessionId])).toEqual([expect.objectContaining({ id: appointmentId, session_id: sessionId, state: 'booked', check_in_id: id, name: '张伟' })]);
  });

  test('markNoShow turns a booked appointment into a no-show once; appointmentPerson answers its time and document hash', async () => {
    const db = await leg.open();
    const { appointmentId, sessionId } = await seedAppointment(db, { startsAt: '2026-12-05T02:00:00.000Z' });
    await db.transaction().execute((trx) => markNoShow(trx, appointmentId));
    await db.transaction().execute((trx) => markNoShow(trx, appointmentId));
    expect((await bookedOrNoShowIn(db, [sessionId])).map((r) => [r.state, r.check_in_id])).toEqual([['no-show', null]]);
    expect(await appointmentPerson(db, appointmentId)).toEqual({ id: appointmentId, startsAt: '2026-12-05T02:00:00.000Z', durationMin: 90, idHash: expect.stringMatching(/^hash-/) });
  });

  test('the check-in search finds by admission code, booking id, document hash, last four, name, pinyin and initials prefixes, within the center day only', async () => {
    const db = await leg.open();
    const today = await seedAppointment(db, { startsAt: '2026-12-05T01:00:00.000Z', name: '张伟' });
    await seedAppointment(db, { startsAt: '2026-12-06T01:00:00.000Z', name: '张伟' });
    const a = await db
      .selectFrom('appointments as a')
      .innerJoin('candidates as c', 'c.id', 'a.candidate_id')
      .select(['a.admission_code', 'a.booking_id', 'c.id_hash'])
      .where('a.id', '=', today.appointmentId)
      .executeTakeFirstOrThrow();
    const day = dayOfDate('2026-12-05', ZONE);
    const found = async (q: { execute(): Promise<{ id: number }[]> }) => (await q.execute()).map((r) => r.id);
    const expected = [today.appointmentId];
    expect(await found(findQueries.admissionCode(db, day, [a.admission_code]))).toEqual(expected);
    expect(await found(findQueries.bookingId(db, day, [a.booking_id]))).toEqual(expected);
    expect(await found(findQueries.documentHash(db, day, [a.id_hash]))).toEqual(expected);
    expect(await found(findQueries.last4(db, day, '7578'))).toEqual(expected);
    expect(await found(findQueries.namePrefix(db, day, '张'))).toEqual(expected);
    expect(await found(findQueries.pinyinPrefix(db, day, 'zhangw'))).toEqual(expected);
    expect(await found(findQueries.initialsPrefix(db, day, 'z'))).toEqual(expected);
    expect(await found(findQueries.namePrefix(db, day, '李'))).toEqual([]);
  });

  test('the audit chain: appendAudit links each entry to the head inside its transaction, the chain verifies, and a rolled-back act leaves no entry', async () => {
    const db = await leg.open();
    expect(await auditHead(db)).toBe(GENESIS_HASH);
    const first = await db.transaction().execute((trx) => appendAudit(trx, { at, operatorId: null, action: 'test.one', detail: { n: 1 } }));
    const second = await db.transaction().execute((trx) => appendAudit(trx, { at, operatorId: null, action: 'test.two', subjectType: 'appointment', subjectId: 7 }));
    await expect(
      db.transaction().execute(async (trx) => {
        await appendAudit(trx, { at, operatorId: null, action: 'test.rolledBack' });
        throw new Error('the act failed');
      }),
    ).rejects.toThrow('the act failed');
    expect(first).not.toBe(second);
    expect(await auditHead(db)).toBe(second);
    expect(await verifyAuditLog(db)).toEqual(expect.objectContaining({ ok: true }));
    expect((await db.selectFrom('audit_log').select(['seq', 'action', 'subject_id']).orderBy('seq').execute()).map((r) => [r.action, r.subject_id])).toEqual([
      ['test.one', null],
      ['test.two', '7'],
    ]);
  });

  test('the ID log: appendIdCheck chains records, verifies, and listIdChecks answers them newest first with their corrections and filters', async () => {
    const db = await leg.open();
    const { appointmentId, sessionId } = await seedAppointment(db);
    const op = await seedOperator(db);
    const base = { appointmentId, operatorId: op, desk: 'desk-1', checkedAt: at, checks: { face: true }, ruleIds: ['DAY-8'] };
    const one = await db.transaction().execute((trx) => appendIdCheck(trx, { ...base, kind: 'admission', outcome: 'admitted', docMasked: '1101**********7578' }));
    const fix = await db.transaction().execute((trx) => appendIdCheck(trx, { ...base, kind: 'correction', outcome: 'corrected', checks: { reason: 'typo' }, correctsId: one.id, ruleIds: [] }));
    expect(await verifyIdCheckChain(db)).toEqual(expect.objectContaining({ ok: true }));
    expect((await idChecksInOrder(db)).map((r) => [r.id, r.kind])).toEqual([
      [one.id, 'admission'],
      [fix.id, 'correction'],
    ]);
    const { records, truncated } = await listIdChecks(db, {}, ZONE);
    expect(truncated).toBe(false);
    expect(records.map((r) => [r.id, r.kind, r.correctedBy, r.correctionReason, r.hasPhoto, r.operatorName, r.sessionId])).toEqual([
      [fix.id, 'correction', [], 'typo', false, 'proctor-1', sessionId],
      [one.id, 'admission', [fix.id], null, false, 'proctor-1', sessionId],
    ]);
    expect(records[1]).toEqual(expect.objectContaining({ ruleIds: ['DAY-8'], documentMasked: '1101**********7578', checkedLocal: '2026-12-05 09:05' }));
    expect((await listIdChecks(db, { kind: 'admission', sessionId }, ZONE)).records.map((r) => r.id)).toEqual([one.id]);
    expect((await listIdChecks(db, { limit: 1 }, ZONE)).truncated).toBe(true);
  });
});
