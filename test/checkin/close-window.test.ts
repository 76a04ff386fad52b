import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, test } from 'vitest';
import type { CloseWindowResult } from '../../shared/checkin/types';
import { verifyAuditLog } from '../../electron/audit/audit-log';
import { verifyIdCheckChain } from '../../electron/idlog/chain';
import { useTempDir } from '../support/temp-dir';
import { addCandidate, openCheckinDesk, passingCheck, type CheckinDesk } from './support';

const tempDir = useTempDir();
let desk: CheckinDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

/** The booked appointments of a session nobody admitted, from the database itself. */
async function notAdmitted(d: CheckinDesk, sessionId: number): Promise<number[]> {
  const rows = await d.core.store.db
    .selectFrom('appointments as a')
    .leftJoin('check_ins as ci', 'ci.appointment_id', 'a.id')
    .where('a.session_id', '=', sessionId)
    .where('a.state', '=', 'booked')
    .where('ci.id', 'is', null)
    .select('a.id')
    .orderBy('a.id')
    .execute();
  return rows.map((r) => r.id);
}

describe('checkin.closeWindow (DAY-1): the booked candidates not admitted are marked absent', () => {
  test('DAY-1 refused while the window is open; after 08:30 every booked candidate not admitted is absent, logged and audited, once', async () => {
    desk = await openCheckinDesk(tempDir(), new Date('2026-12-05T00:20:00Z')); // 08:20 center time
    const zw = await addCandidate(desk, { seat: 'B02' });
    const proctor = await desk.as('proctor1');

    const early = await desk.invoke('checkin.closeWindow', { sessionId: zw.sessionId }, proctor);
    expect(early).toMatchObject({ ok: false, error: { code: 'REFUSED', say: { key: 'checkin.windowOpen', params: { rule: 'DAY-1' } } } });
    expect(await desk.core.store.db.selectFrom('id_checks').select('id').where('kind', '=', 'absent').execute()).toEqual([]);

    // 张伟 is admitted before the window closes.
    await desk.call('checkin.recordIdCheck', passingCheck(zw), proctor);
    expect(await desk.call('checkin.admit', { appointmentId: zw.appointmentId, nonce: randomUUID() }, proctor)).toMatchObject({ status: 'admitted' });
    const expected = await notAdmitted(desk, zw.sessionId);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected).not.toContain(zw.appointmentId);

    desk.clock.set(new Date('2026-12-05T00:31:00Z')); // 08:31: DAY-1 has closed the window
    const closed = await desk.call<CloseWindowResult>('checkin.closeWindow', { sessionId: zw.sessionId }, proctor);
    expect(closed.absent.map((a) => a.appointmentId)).toEqual(expected);
    expect(closed.newlyMarked).toBe(expected.length);
    expect(closed.absent.every((a) => a.ruleId === 'DAY-1' && a.newlyMarked)).toBe(true);
    expect(closed.windowClosedLocal).toBe('2026-12-05 08:30');

    const db = desk.core.store.db;
    const stateOf = async (id: number) => (await db.selectFrom('appointments').select('state').where('id', '=', id).executeTakeFirstOrThrow()).state;
    for (const id of expected) expect({ id, state: await stateOf(id) }).toEqual({ id, state: 'no-show' });
    expect(await stateOf(zw.appointmentId)).toBe('booked');
    const absentLog = await db.selectFrom('id_checks').select(['appointment_id', 'outcome', 'rule_ids']).where('kind', '=', 'absent').orderBy('appointment_id').execute();
    expect(absentLog.map((r) => r.appointment_id)).toEqual(expected);
    expect(absentLog.every((r) => r.outcome === 'absent' && r.rule_ids.includes('DAY-1'))).toBe(true);
    const audits = await db.selectFrom('audit_log').select(['action', 'detail_json']).where('action', '=', 'checkin.closeWindow').execute();
    expect(audits).toHaveLength(1);
    expect(JSON.parse(audits[0]!.detail_json)).toMatchObject({ absent: expected.length, appointmentIds: expected });

    // A second close marks nobody twice and writes nothing new.
    const again = await desk.call<CloseWindowResult>('checkin.closeWindow', { sessionId: zw.sessionId }, proctor);
    expect(again.newlyMarked).toBe(0);
    expect(again.absent.map((a) => [a.appointmentId, a.newlyMarked])).toEqual(expected.map((id) => [id, false]));
    expect(await db.selectFrom('id_checks').select('id').where('kind', '=', 'absent').execute()).toHaveLength(expected.length);
    expect(await db.selectFrom('audit_log').select('seq').where('action', '=', 'checkin.closeWindow').execute()).toHaveLength(1);

    expect(await verifyIdCheckChain(db)).toMatchObject({ ok: true });
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true });
  });

  test('an unknown session is NOT_FOUND', async () => {
    desk = await openCheckinDesk(tempDir(), new Date('2026-12-05T00:40:00Z'));
    const proctor = await desk.as('proctor1');
    expect(await desk.invoke('checkin.closeWindow', { sessionId: 999_999 }, proctor)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
