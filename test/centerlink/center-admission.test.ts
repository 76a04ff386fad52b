import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, test } from 'vitest';
import type { AdmitResult } from '../../shared/checkin/types';
import { assignLease } from '../../electron/centerserver/leases-repo';
import { checkinOf, listCheckins } from '../../electron/centerserver/ledger-repo';
import { sessionKey } from '../../electron/centerserver/session-key';
import { cnId } from '../checkin/support';
import { useTempDir } from '../support/temp-dir';
import { candidateAt, expectSettled, openTestCenter, type JoinedDesk, type TestCenter } from './center-fixture';

const tempDir = useTempDir();
const NINE_A = sessionKey('A', '2026-12-05T01:00:00.000Z');
let center: TestCenter | null = null;
afterEach(async () => {
  await center?.close();
  center = null;
});

async function twoDesks(): Promise<{ center: TestCenter; north: JoinedDesk; south: JoinedDesk }> {
  center = await openTestCenter(tempDir());
  return { center, north: await center.join('north', tempDir()), south: await center.join('south', tempDir()) };
}

const admit = async (d: JoinedDesk, appointmentId: number, nonce = randomUUID(), who: 'proctor1' | 'manager' = 'proctor1', overrideReason?: string) =>
  d.desk.call<AdmitResult>('checkin.admit', { appointmentId, nonce, ...(overrideReason ? { overrideReason } : {}) }, await d.desk.as(who));
const invokeAdmit = async (d: JoinedDesk, appointmentId: number, nonce = randomUUID()) => d.desk.invoke('checkin.admit', { appointmentId, nonce }, await d.desk.as('proctor1'));
const checkIns = (d: JoinedDesk, appointmentId: number) => d.desk.core.store.db.selectFrom('check_ins').selectAll().where('appointment_id', '=', appointmentId).execute();
const lease = async (c: TestCenter, key: string, desk: string, ...links: JoinedDesk[]) => {
  await assignLease(c.db, { sessionKey: key, desk, by: 'manager@hq', at: '2026-12-05T00:00:00.000Z' });
  for (const l of links) await l.link.refreshLeases();
};

describe('#19 admission at desks joined to one center', () => {
  test('DAY-8 two desks admit the same candidate: one is admitted, the other answers already-admitted naming the first desk and writes nothing', async () => {
    const { center, north, south } = await twoDesks();
    const xn = await candidateAt(north, 'ADM-ZW-1');
    const xs = await candidateAt(south, 'ADM-ZW-1');
    expect(await admit(north, xn.appointmentId)).toMatchObject({ status: 'admitted', by: '李监考' });
    const second = await admit(south, xs.appointmentId);
    expect(second).toMatchObject({ status: 'already-admitted', desk: 'north', by: '李监考', sameRequest: false, at: '2026-12-05T00:20:00.000Z' });
    expect(await checkIns(south, xs.appointmentId)).toHaveLength(0);
    expect(await checkIns(north, xn.appointmentId)).toHaveLength(1);
    expect(await checkinOf(center.db, 'ADM-ZW-1')).toMatchObject({ desk: 'north', offline: 0, forced: 0 });
    expect(await expectSettled(center.db, [north, south])).toEqual({ admissions: 1, conflicts: 0 });
  });

  test('DAY-8 a reply lost after the center committed: the retry with the same nonce is the same admission (one row at the center, one check-in)', async () => {
    const { center, north, south } = await twoDesks();
    const x = await candidateAt(north, 'ADM-LOST');
    const nonce = randomUUID();
    north.wire.loseNextCommitReply = true;
    // Not leased to north: offline, the desk refuses in words and writes nothing.
    const lost = await invokeAdmit(north, x.appointmentId, nonce);
    expect(lost).toMatchObject({ ok: false, error: { code: 'REFUSED', say: { key: 'checkin.offlineNotLeased' } } });
    expect((await north.link.status()).online).toBe(false);
    expect(await checkIns(north, x.appointmentId)).toHaveLength(0);
    expect(await checkinOf(center.db, 'ADM-LOST')).toMatchObject({ nonce, desk: 'north' });
    // The link is back; the proctor's retry carries the same nonce.
    await north.link.replayNow();
    expect(await admit(north, x.appointmentId, nonce)).toMatchObject({ status: 'admitted' });
    expect(await listCheckins(center.db)).toHaveLength(1);
    expect(await checkIns(north, x.appointmentId)).toHaveLength(1);
    expect(await expectSettled(center.db, [north, south])).toEqual({ admissions: 1, conflicts: 0 });
  });

  test('DAY-8 a reply lost after the commit at a leased desk: admitted offline with its outbox row, the replay is the same admission (one row)', async () => {
    const { center, north, south } = await twoDesks();
    await lease(center, NINE_A, 'north', north);
    const x = await candidateAt(north, 'ADM-LOST2');
    const nonce = randomUUID();
    north.wire.loseNextCommitReply = true;
    expect(await admit(north, x.appointmentId, nonce)).toMatchObject({ status: 'admitted' });
    expect((await north.link.status()).outboxDepth).toBe(1);
    expect(await north.link.replayNow()).toEqual({ sent: 1, conflicts: 0 });
    const row = await north.desk.core.store.db.selectFrom('center_outbox').select(['nonce', 'answer']).executeTakeFirstOrThrow();
    expect({ nonce: row.nonce, answer: JSON.parse(row.answer!) }).toEqual({ nonce, answer: { result: 'admitted', repeat: true } });
    expect(await expectSettled(center.db, [north, south])).toEqual({ admissions: 1, conflicts: 0 });
  });

  test('an online claim whose local transaction fails is released at the center, so the candidate can still be admitted', async () => {
    const { center, north, south } = await twoDesks();
    const x = await candidateAt(north, 'ADM-REL');
    north.desk.core.store.sqlite.exec(`CREATE TEMP TRIGGER test_fail BEFORE INSERT ON check_ins BEGIN SELECT RAISE(ABORT, 'disk trouble (test)'); END`);
    const failed = await invokeAdmit(north, x.appointmentId);
    expect(failed.ok).toBe(false);
    expect(await checkinOf(center.db, 'ADM-REL')).toBeUndefined();
    north.desk.core.store.sqlite.exec('DROP TRIGGER test_fail');
    const xs = await candidateAt(south, 'ADM-REL');
    expect(await admit(south, xs.appointmentId)).toMatchObject({ status: 'admitted' });
    expect(await checkinOf(center.db, 'ADM-REL')).toMatchObject({ desk: 'south' });
    expect(await expectSettled(center.db, [north, south])).toEqual({ admissions: 1, conflicts: 0 });
  });

  test('offline: a leased candidate is admitted (check-in, ID-log record and outbox row with one nonce); one leased to another desk is refused in words, then admitted with a manager override (forced); replaying twice leaves one center row each', async () => {
    const { center, north, south } = await twoDesks();
    await lease(center, NINE_A, 'north', north, south);
    const leased = await candidateAt(north, 'ADM-OFF-1');
    const elsewhere = await candidateAt(south, 'ADM-OFF-2', { idNumber: cnId('11010119851111123') });
    north.wire.cut = true;
    south.wire.cut = true;
    const nonce = randomUUID();
    expect(await admit(north, leased.appointmentId, nonce)).toMatchObject({ status: 'admitted' });
    expect(await north.link.status()).toMatchObject({ online: false, offlineSince: '2026-12-05T00:20:00.000Z', outboxDepth: 1 });
    const db = north.desk.core.store.db;
    const outbox = await db.selectFrom('center_outbox').selectAll().execute();
    expect(outbox.map((r) => [r.nonce, r.admission_code, r.sent_at])).toEqual([[nonce, 'ADM-OFF-1', null]]);
    const record = await db.selectFrom('id_checks').select('checks_json').where('appointment_id', '=', leased.appointmentId).where('kind', '=', 'admission').executeTakeFirstOrThrow();
    expect(JSON.parse(record.checks_json)).toMatchObject({ nonce, center: { mode: 'offline', desk: 'north', leasedTo: 'north', forced: false } });

    const refused = await invokeAdmit(south, elsewhere.appointmentId);
    expect(refused).toMatchObject({ ok: false, error: { code: 'REFUSED', say: { key: 'checkin.offlineLeasedElsewhere', params: { desk: 'north', session: 'A 2026-12-05 09:00' } } } });
    expect(await checkIns(south, elsewhere.appointmentId)).toHaveLength(0);
    const reason = 'north desk unreachable, candidate waiting';
    expect(await admit(south, elsewhere.appointmentId, randomUUID(), 'manager', reason)).toMatchObject({ status: 'admitted', by: '王经理' });
    const payload = (await south.desk.core.store.db.selectFrom('center_outbox').select('payload_json').executeTakeFirstOrThrow()).payload_json;
    expect(JSON.parse(payload)).toMatchObject({ desk: 'south', forced: true, offline: true, overrideReason: reason });
    // The forced admission is a manager's exception in south's audit log; north's leased admission is not.
    const exceptions = async (d: JoinedDesk) => (await d.desk.core.store.db.selectFrom('audit_log').select('detail_json').where('action', '=', 'checkin.override').execute()).map((r) => JSON.parse(r.detail_json));
    expect(await exceptions(south)).toEqual([expect.objectContaining({ admissionCode: 'ADM-OFF-2', reason, overriddenRuleIds: [], offlineForced: { reason, leasedTo: 'north', centerDesk: 'south' } })]);
    expect(await exceptions(north)).toEqual([]);

    north.wire.cut = false;
    south.wire.cut = false;
    expect(await north.link.replayNow()).toEqual({ sent: 1, conflicts: 0 });
    expect(await north.link.replayNow()).toEqual({ sent: 0, conflicts: 0 });
    expect(await south.link.replayNow()).toEqual({ sent: 1, conflicts: 0 });
    expect(await south.link.replayNow()).toEqual({ sent: 0, conflicts: 0 });
    expect(await north.link.status()).toMatchObject({ online: true, offlineSince: null, outboxDepth: 0 });
    expect(await checkinOf(center.db, 'ADM-OFF-1')).toMatchObject({ nonce, desk: 'north', offline: 1, forced: 0 });
    expect(await checkinOf(center.db, 'ADM-OFF-2')).toMatchObject({ desk: 'south', offline: 1, forced: 1, override_reason: reason });
    expect(await expectSettled(center.db, [north, south])).toEqual({ admissions: 2, conflicts: 0 });
  });

  test('DAY-8 both desks offline admit the same candidate (north by lease, south by override): after the replays one admission at the center and one conflict naming both desks', async () => {
    const { center, north, south } = await twoDesks();
    await lease(center, NINE_A, 'north', north, south);
    const xn = await candidateAt(north, 'ADM-BOTH');
    const xs = await candidateAt(south, 'ADM-BOTH');
    north.wire.cut = true;
    south.wire.cut = true;
    expect(await admit(north, xn.appointmentId)).toMatchObject({ status: 'admitted' });
    expect(await admit(south, xs.appointmentId, randomUUID(), 'manager', 'north desk queue too long')).toMatchObject({ status: 'admitted' });
    north.wire.cut = false;
    south.wire.cut = false;
    expect(await north.link.replayNow()).toEqual({ sent: 1, conflicts: 0 });
    expect(await south.link.replayNow()).toEqual({ sent: 1, conflicts: 1 });
    expect(await south.link.replayNow()).toEqual({ sent: 0, conflicts: 0 });
    expect(await checkinOf(center.db, 'ADM-BOTH')).toMatchObject({ desk: 'north', forced: 0 });
    expect((await south.link.status()).openConflicts).toBe(1);
    expect(await expectSettled(center.db, [north, south])).toEqual({ admissions: 1, conflicts: 1 });
  });
});
