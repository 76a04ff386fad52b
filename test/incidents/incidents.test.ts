import { describe, expect, test } from 'vitest';
import { verifyAuditLog } from '../../electron/audit/audit-log';
import { generateDemo } from '../../electron/demo/demo-day';
import type { IncidentView } from '../../shared/incidents/contract';
import type { IpcResult } from '../../shared/ipc/result';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const tempDir = useTempDir();
const DATE = '2026-12-05';

/** The demo day at 09:40 in Shanghai: the 09:00 session is running. */
async function duringTheExam() {
  const desk = await openTestDesk(tempDir(), new Date('2026-12-05T01:40:00Z'));
  await generateDemo(desk.core.store, { date: DATE, hashKey: desk.core.hashKey });
  const session = await desk.core.store.db.selectFrom('exam_sessions').select('id').where('local_date', '=', DATE).orderBy('starts_at').orderBy('id').executeTakeFirstOrThrow();
  const person = await desk.core.store.db.selectFrom('appointments').select('id').where('session_id', '=', session.id).orderBy('id').executeTakeFirstOrThrow();
  return { desk, sessionId: session.id, appointmentId: person.id, proctor: await desk.as('proctor'), manager: await desk.as('manager') };
}

const ok = <T>(r: IpcResult<unknown>) => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
};

describe('incident reports', () => {
  test('a proctor records a suspected misconduct (RES-5) of a candidate; a manager closes it with a resolution; both are audited in the same transaction as the write', async () => {
    const { desk, sessionId, appointmentId, proctor, manager } = await duringTheExam();
    const db = desk.core.store.db;
    const recorded = ok<IncidentView>(
      await desk.registry.invoke('incidents.record', { sessionId, appointmentId, kind: 'misconduct', occurredAt: '09:35', text: '考生在考试期间使用手机，监考员已制止并拍照留存' }, proctor),
    );
    expect(recorded).toMatchObject({ kind: 'misconduct', ruleId: 'RES-5', appointmentId, occurredLocal: '2026-12-05 09:35', state: 'open', recordedBy: 'proctor', resolution: null });
    expect(recorded.candidateName).toBeTruthy();
    const audit = await db.selectFrom('audit_log').select(['action', 'subject_id']).where('action', 'like', 'incidents.%').execute();
    expect(audit).toEqual([{ action: 'incidents.record', subject_id: String(recorded.id) }]);

    // A proctor may not close it.
    expect(await desk.registry.invoke('incidents.close', { id: recorded.id, resolution: '已上报主办方' }, proctor)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const closed = ok<IncidentView>(await desk.registry.invoke('incidents.close', { id: recorded.id, resolution: '已上报主办方，成绩按 RES-5 取消' }, manager));
    expect(closed).toMatchObject({ state: 'closed', resolution: '已上报主办方，成绩按 RES-5 取消', closedBy: 'manager', closedLocal: '2026-12-05 09:40' });
    // Closed once: a second close is refused with words and writes nothing.
    expect(await desk.registry.invoke('incidents.close', { id: recorded.id, resolution: 'again, again' }, manager)).toMatchObject({ ok: false, error: { code: 'CONFLICT', say: { key: 'incidents.alreadyClosed' } } });
    expect(await db.selectFrom('audit_log').select('action').where('action', 'like', 'incidents.%').execute()).toHaveLength(2);
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true });
    await desk.close();
  });

  test('a session incident (technical fault, BOOK-7) without a candidate is listed for its day; open-only hides closed ones', async () => {
    const { desk, sessionId, proctor, manager } = await duringTheExam();
    const a = ok<IncidentView>(await desk.registry.invoke('incidents.record', { sessionId, kind: 'technical-fault', occurredAt: '09:10', text: '考场空调停止运行 10 分钟' }, proctor));
    const b = ok<IncidentView>(await desk.registry.invoke('incidents.record', { sessionId, kind: 'illness', occurredAt: '09:20', text: '一名考生身体不适，休息后继续考试' }, proctor));
    expect(a).toMatchObject({ ruleId: 'BOOK-7', appointmentId: null, candidateName: null });
    ok(await desk.registry.invoke('incidents.close', { id: a.id, resolution: '空调已修复，考试时间顺延 10 分钟' }, manager));
    const all = ok<IncidentView[]>(await desk.registry.invoke('incidents.list', { date: DATE }, proctor));
    expect(all.map((i) => i.id)).toEqual([b.id, a.id]);
    const open = ok<IncidentView[]>(await desk.registry.invoke('incidents.list', { date: DATE, openOnly: true }, proctor));
    expect(open.map((i) => i.id)).toEqual([b.id]);
    expect(ok<IncidentView[]>(await desk.registry.invoke('incidents.list', { date: '2026-12-06' }, proctor))).toEqual([]);
    await desk.close();
  });

  test('refusals are worded: a candidate of another session, a time still to come, a text too short', async () => {
    const { desk, sessionId, proctor } = await duringTheExam();
    const db = desk.core.store.db;
    const other = await db.selectFrom('appointments').select('id').where('session_id', '!=', sessionId).executeTakeFirstOrThrow();
    expect(await desk.registry.invoke('incidents.record', { sessionId, appointmentId: other.id, kind: 'other', occurredAt: '09:00', text: 'something happened' }, proctor)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', say: { key: 'incidents.notInSession' } },
    });
    expect(await desk.registry.invoke('incidents.record', { sessionId, kind: 'late-arrival', occurredAt: '10:30', text: '考生对迟到判定有异议' }, proctor)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', say: { key: 'incidents.inFuture' } },
    });
    expect(await desk.registry.invoke('incidents.record', { sessionId, kind: 'other', occurredAt: '09:00', text: 'x' }, proctor)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await db.selectFrom('incidents').selectAll().execute()).toEqual([]);
    await desk.close();
  });

  test('the database keeps a report as reported and a closed incident closed', async () => {
    const { desk, sessionId, proctor, manager } = await duringTheExam();
    const a = ok<IncidentView>(await desk.registry.invoke('incidents.record', { sessionId, kind: 'other', occurredAt: '09:05', text: '门禁系统短暂失灵' }, proctor));
    const sqlite = desk.core.store.sqlite;
    expect(() => sqlite.prepare('update incidents set text = ? where id = ?').run('rewritten', a.id)).toThrow(/never rewritten/);
    expect(() => sqlite.prepare('delete from incidents').run()).toThrow(/never deleted/);
    ok(await desk.registry.invoke('incidents.close', { id: a.id, resolution: '门禁已恢复正常' }, manager));
    expect(() => sqlite.prepare('update incidents set resolution = ? where id = ?').run('changed later', a.id)).toThrow(/stays closed/);
    await desk.close();
  });
});
