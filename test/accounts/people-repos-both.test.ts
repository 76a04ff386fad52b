import { expect, test } from 'vitest';
import { allOperators, operatorById, otherActiveManagers, resetPassword, setRoleAndDisabled } from '../../electron/accounts/operator-changes-repo';
import { clearFailures, countOperators, findByUsername, insertOperator, readOperator, recordFailure } from '../../electron/accounts/operators-repo';
import { appendAudit } from '../../electron/audit/audit-log';
import { auditEntries, documentOfAppointment } from '../../electron/audit/audit-read-repo';
import { firstAdmissionChecks, identityRecords, insertPhoto } from '../../electron/checkin/identity-records-repo';
import { insertOutboxEntry, listOutbox, markOutboxSent, outboxSentState } from '../../electron/exchange/export/outbox-repo';
import { appendIdCheck } from '../../electron/idlog/append';
import { photoOfIdCheck } from '../../electron/idlog/photo-repo';
import { appointmentIdsOfDay } from '../../electron/policy/appointment-picks-repo';
import { activeManager } from '../../electron/recovery/recovery-repo';
import { decidedResultsOf, deleteCertificates, findCertificates, insertCertificate, partsOfSubject } from '../../electron/scores/certificates-repo';
import { describeEachDialect } from '../support/each-dialect';
import { seedAppointment } from '../support/seed';

const at = '2026-12-05T01:05:00.000Z';

describeEachDialect('account, photo, audit-screen, outbox and certificate repositories (#19: the same Kysely code on both dialects)', (leg) => {
  test('operators: a username is unique (stored lower case); failures and lock-outs are recorded and cleared; roles change; the recovery finds active managers only', async () => {
    const db = await leg.open();
    const m = await insertOperator(db, { username: 'Manager1', displayName: '王经理', role: 'manager', passwordHash: 'h1', at });
    const p = await insertOperator(db, { username: 'proctor1', displayName: '李监考', role: 'proctor', passwordHash: 'h2', at });
    await expect(insertOperator(db, { username: 'MANAGER1', displayName: 'again', role: 'manager', passwordHash: 'h3', at })).rejects.toThrow(/unique/i);
    expect(await countOperators(db)).toBe(2);
    expect((await findByUsername(db, 'MANAGER1'))?.id).toBe(m.id);
    await db.transaction().execute((trx) => recordFailure(trx, p.id, 3, '2026-12-05T01:20:00.000Z'));
    expect(await readOperator(db, p.id)).toEqual(expect.objectContaining({ failed_attempts: 3, locked_until: '2026-12-05T01:20:00.000Z' }));
    await clearFailures(db, p.id);
    await resetPassword(db, p.id, 'h4');
    expect(await operatorById(db, p.id)).toEqual(expect.objectContaining({ failed_attempts: 0, locked_until: null, password_hash: 'h4' }));
    expect(await otherActiveManagers(db, m.id)).toBe(0);
    await setRoleAndDisabled(db, p.id, 'manager', false);
    expect(await otherActiveManagers(db, m.id)).toBe(1);
    await setRoleAndDisabled(db, p.id, 'manager', true);
    expect(await otherActiveManagers(db, m.id)).toBe(0);
    expect(await activeManager(db, 'proctor1')).toBeUndefined();
    expect(await activeManager(db, 'manager1')).toEqual({ id: m.id, password_hash: 'h1' });
    expect((await allOperators(db)).map((o) => o.username)).toEqual(['manager1', 'proctor1']);
  });

  test("identity records and their photo bytes come back as written; the audit screen finds an appointment's entries by candidate name or booking id", async () => {
    const db = await leg.open();
    const { appointmentId } = await seedAppointment(db);
    const op = (await insertOperator(db, { username: 'p', displayName: 'P', role: 'proctor', passwordHash: 'h', at })).id;
    const bytes = Buffer.from([0xff, 0xd8, 0x00, 0x01, 0x02, 0xff, 0xd9]);
    const candidateId = (await db.selectFrom('appointments').select('candidate_id').where('id', '=', appointmentId).executeTakeFirstOrThrow()).candidate_id;
    const ids = await db.transaction().execute(async (trx) => {
      const identity = await appendIdCheck(trx, { appointmentId, operatorId: op, desk: 'd', checkedAt: at, kind: 'identity', checks: { face: 'match' }, outcome: 'match', ruleIds: [] });
      await insertPhoto(trx, { candidate_id: candidateId, id_check_id: identity.id, taken_at: at, mime: 'image/jpeg', sha256: 'ab', bytes });
      const admission = await appendIdCheck(trx, { appointmentId, operatorId: op, desk: 'd', checkedAt: at, kind: 'admission', checks: { first: true }, outcome: 'admitted', ruleIds: [] });
      await appendAudit(trx, { at, operatorId: op, action: 'checkin.admit', subjectType: 'appointment', subjectId: appointmentId });
      return { identity: identity.id, admission: admission.id };
    });
    expect(await firstAdmissionChecks(db, appointmentId)).toEqual({ checks_json: '{"first":true}' });
    expect((await identityRecords(db, appointmentId)).map((r) => [r.id, r.kind, r.display_name])).toEqual([[ids.identity, 'identity', 'P']]);
    const photo = await photoOfIdCheck(db, candidateId, ids.identity);
    expect(Buffer.from(photo!.bytes)).toEqual(bytes);
    expect(await photoOfIdCheck(db, candidateId, ids.admission)).toBeUndefined();
    const booking = (await documentOfAppointment(db, appointmentId))!.booking_id;
    for (const candidate of ['伟', booking]) expect((await auditEntries(db, { candidate }, 10)).map((e) => [e.action, e.candidate])).toEqual([['checkin.admit', '张伟']]);
    expect(await auditEntries(db, { candidate: '李' }, 10)).toEqual([]);
  });

  test('the export outbox lists entries newest first and marks one sent; certificates are found by name or booking and replaced per subject', async () => {
    const db = await leg.open();
    const { appointmentId } = await seedAppointment(db);
    const op = (await insertOperator(db, { username: 'm', displayName: 'M', role: 'manager', passwordHash: 'h', at })).id;
    const one = await insertOutboxEntry(db, { kind: 'attendance', local_date: '2026-12-05', format: 'csv', file_name: 'a.csv', rows: 3, sha256: 'x', created_at: at, created_by: op });
    const two = await insertOutboxEntry(db, { kind: 'results', local_date: '2026-12-05', format: 'csv', file_name: 'r.csv', rows: 1, sha256: 'y', created_at: at, created_by: op });
    await markOutboxSent(db, one, at, op);
    expect(await outboxSentState(db, one)).toEqual({ id: one, sent_at: at });
    expect((await listOutbox(db)).map((e) => [e.id, e.createdBy, e.sentLocal])).toEqual([
      [two, 'M', null],
      [one, 'M', '2026-12-05 09:05'],
    ]);

    const a = await db.selectFrom('appointments').select(['candidate_id', 'subject_id', 'booking_id']).where('id', '=', appointmentId).executeTakeFirstOrThrow();
    expect(await partsOfSubject(db, a.subject_id)).toEqual(['theory']);
    const r = await db
      .insertInto('results')
      .values({
        appointment_id: appointmentId,
        part: 'theory',
        value: 80,
        absent: 0,
        max_score: 100,
        pass_score: 60,
        passed: 1,
        state: 'released',
        release_date: '2026-12-05',
        released_at: at,
        released_by: op,
        created_at: at,
        created_by: op,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(await decidedResultsOf(db, a.candidate_id)).toEqual([expect.objectContaining({ id: r.id, state: 'released', passed: 1, subject_id: a.subject_id })]);
    await insertCertificate(db, { candidate_id: a.candidate_id, subject_id: a.subject_id, released_at: at, valid_until: '2028-12-05' });
    await deleteCertificates(db, a.candidate_id, a.subject_id);
    await insertCertificate(db, { candidate_id: a.candidate_id, subject_id: a.subject_id, released_at: at, valid_until: '2029-12-05' });
    for (const q of ['张伟', a.booking_id]) expect((await findCertificates(db, q)).map((c) => [c.name, c.valid_until])).toEqual([['张伟', '2029-12-05']]);
    expect(await findCertificates(db, '张')).toEqual([]);
  });

  test('a name search ignores ASCII case on both dialects, as SQLite LIKE always did (the audit screen, the what-if panel)', async () => {
    const db = await leg.open();
    const { appointmentId } = await seedAppointment(db, { name: 'John Smith' });
    const op = (await insertOperator(db, { username: 'p', displayName: 'P', role: 'proctor', passwordHash: 'h', at })).id;
    await db.transaction().execute((trx) => appendAudit(trx, { at, operatorId: op, action: 'checkin.admit', subjectType: 'appointment', subjectId: appointmentId }));
    for (const candidate of ['smith', 'JOHN S', 'John'])
      expect(
        (await auditEntries(db, { candidate }, 10)).map((e) => e.candidate),
        candidate,
      ).toEqual(['John Smith']);
    for (const query of ['john', 'JO', 'zhangw']) expect(await appointmentIdsOfDay(db, '2026-12-05', query), query).toEqual([appointmentId]);
    expect(await appointmentIdsOfDay(db, '2026-12-05', 'smith')).toEqual([]);
  });
});
