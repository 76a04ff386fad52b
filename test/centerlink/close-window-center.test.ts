import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, test } from 'vitest';
import type { AdmitResult, CloseWindowResult } from '../../shared/checkin/types';
import { checkinOf } from '../../electron/centerserver/ledger-repo';
import { useTempDir } from '../support/temp-dir';
import { candidateAt, type JoinedDesk, type TestCenter, openTestCenter } from './center-fixture';

const tempDir = useTempDir();
let center: TestCenter | null = null;
afterEach(async () => {
  await center?.close();
  center = null;
});

const AFTER_DAY_1 = new Date('2026-12-05T00:31:00Z'); // 08:31 center time: DAY-1 has closed the 09:00 window

const stateOf = async (d: JoinedDesk, id: number) => (await d.desk.core.store.db.selectFrom('appointments').select('state').where('id', '=', id).executeTakeFirstOrThrow()).state;
const absentRecords = async (d: JoinedDesk) => (await d.desk.core.store.db.selectFrom('id_checks').select('appointment_id').where('kind', '=', 'absent').orderBy('appointment_id').execute()).map((r) => r.appointment_id);
const closeAudits = (d: JoinedDesk) => d.desk.core.store.db.selectFrom('audit_log').select('seq').where('action', '=', 'checkin.closeWindow').execute();

/** The booked appointments of a session nobody admitted at this desk, from the database itself. */
async function notAdmittedHere(d: JoinedDesk, sessionId: number): Promise<number[]> {
  const rows = await d.desk.core.store.db
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

describe('#19 closing the check-in window at a desk joined to a center', () => {
  test('DAY-1/DAY-8 a candidate admitted at another desk is not marked absent here; the others not arrived are; with the center unreachable closing is refused in words and writes nothing', async () => {
    center = await openTestCenter(tempDir());
    const north = await center.join('north', tempDir());
    const south = await center.join('south', tempDir());
    const xn = await candidateAt(north, 'ADM-CLOSE-X');
    const xs = await candidateAt(south, 'ADM-CLOSE-X');
    const admitted = await north.desk.call<AdmitResult>('checkin.admit', { appointmentId: xn.appointmentId, nonce: randomUUID() }, await north.desk.as('proctor1'));
    expect(admitted).toMatchObject({ status: 'admitted' });
    expect(await checkinOf(center.db, 'ADM-CLOSE-X')).toMatchObject({ desk: 'north' });

    const others = (await notAdmittedHere(south, xs.sessionId)).filter((id) => id !== xs.appointmentId);
    expect(others.length).toBeGreaterThan(0);
    south.desk.clock.set(AFTER_DAY_1);
    const proctor = await south.desk.as('proctor1');

    // The center cannot be reached: refused in words, nobody is marked.
    south.wire.cut = true;
    const refused = await south.desk.invoke('checkin.closeWindow', { sessionId: xs.sessionId }, proctor);
    expect(refused).toMatchObject({ ok: false, error: { code: 'REFUSED', say: { key: 'checkin.closeWindowCenterOffline' } } });
    expect((await south.link.status()).online).toBe(false);
    // Still offline (the link answers at once without the network): refused again.
    expect(await south.desk.invoke('checkin.closeWindow', { sessionId: xs.sessionId }, proctor)).toMatchObject({ ok: false, error: { code: 'REFUSED', say: { key: 'checkin.closeWindowCenterOffline' } } });
    expect(await absentRecords(south)).toEqual([]);
    expect(await closeAudits(south)).toEqual([]);
    for (const id of [xs.appointmentId, ...others]) expect({ id, state: await stateOf(south, id) }).toEqual({ id, state: 'booked' });

    // Connected again: X (admitted at north) stays booked at south; the others are absent.
    south.wire.cut = false;
    await south.link.replayNow();
    const closed = await south.desk.call<CloseWindowResult>('checkin.closeWindow', { sessionId: xs.sessionId }, proctor);
    expect(closed.absent.map((a) => a.appointmentId)).toEqual(others);
    expect(closed.newlyMarked).toBe(others.length);
    expect(await stateOf(south, xs.appointmentId)).toBe('booked');
    for (const id of others) expect({ id, state: await stateOf(south, id) }).toEqual({ id, state: 'no-show' });
    expect(await absentRecords(south)).toEqual(others);
    expect(await closeAudits(south)).toHaveLength(1);
  });
});
