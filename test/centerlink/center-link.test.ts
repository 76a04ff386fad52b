import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { AdmitResult } from '../../shared/checkin/types';
import { assignLease } from '../../electron/centerserver/leases-repo';
import { listCheckins } from '../../electron/centerserver/ledger-repo';
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

const admit = async (d: JoinedDesk, appointmentId: number) => d.desk.call<AdmitResult>('checkin.admit', { appointmentId, nonce: randomUUID() }, await d.desk.as('proctor1'));

/** One desk joined, room A at 09:00 leased to it, two of its candidates admitted while its wire is cut. */
async function offlineWithTwo(o: { probeMs?: number } = {}) {
  center = await openTestCenter(tempDir(), o);
  const north = await center.join('north', tempDir());
  await assignLease(center.db, { sessionKey: NINE_A, desk: 'north', by: 'manager@hq', at: '2026-12-05T00:00:00.000Z' });
  await north.link.refreshLeases();
  const a = await candidateAt(north, 'ADM-L-1');
  const b = await candidateAt(north, 'ADM-L-2', { idNumber: cnId('11010119851111123') });
  north.wire.cut = true;
  expect(await admit(north, a.appointmentId)).toMatchObject({ status: 'admitted' });
  expect(await admit(north, b.appointmentId)).toMatchObject({ status: 'admitted' });
  return { center, north };
}

describe('#19 the desk side of the center link', () => {
  test('a failed center call turns the link offline since that moment; while offline a claim answers offline at once without touching the network', async () => {
    center = await openTestCenter(tempDir());
    const north = await center.join('north', tempDir());
    expect(await north.link.status()).toMatchObject({ desk: 'north', online: true, offlineSince: null, outboxDepth: 0, openConflicts: 0 });
    north.wire.cut = true;
    north.desk.clock.set(new Date('2026-12-05T00:21:00Z'));
    const claim = { admissionCode: 'ADM-X', nonce: randomUUID(), operator: 'p', deskAt: '2026-12-05T00:21:00.000Z', forced: false, overrideReason: null };
    expect(await north.link.claim(claim)).toEqual({ result: 'offline' });
    const attempts = north.wire.attempts;
    expect(await north.link.claim({ ...claim, nonce: randomUUID() })).toEqual({ result: 'offline' });
    expect(await north.link.status()).toMatchObject({ online: false, offlineSince: '2026-12-05T00:21:00.000Z' });
    expect(north.wire.attempts).toBe(attempts);
    await expect(north.link.replayNow()).rejects.toThrow(/ECONNREFUSED/);
    expect((await north.link.status()).offlineSince).toBe('2026-12-05T00:21:00.000Z');
    expect(await listCheckins(center.db)).toEqual([]);
  });

  test('replays never run two at once: two replayNow calls together send each outbox row once', async () => {
    const { center, north } = await offlineWithTwo();
    north.wire.cut = false;
    const [first, second] = await Promise.all([north.link.replayNow(), north.link.replayNow()]);
    expect(first).toEqual({ sent: 2, conflicts: 0 });
    expect(second).toEqual({ sent: 0, conflicts: 0 });
    const answers = await north.desk.core.store.db.selectFrom('center_outbox').select('answer').orderBy('seq').execute();
    expect(answers.map((r) => JSON.parse(r.answer!))).toEqual([
      { result: 'admitted', repeat: false },
      { result: 'admitted', repeat: false },
    ]);
    expect(await expectSettled(center.db, [north])).toEqual({ admissions: 2, conflicts: 0 });
  });

  test('the probe loop replays the outbox in seq order by itself once the center answers, then the link is online; once closed it claims nothing', async () => {
    const { center, north } = await offlineWithTwo({ probeMs: 20 });
    expect((await north.link.status()).outboxDepth).toBe(2);
    north.wire.cut = false;
    await vi.waitFor(
      async () => {
        expect(await north.link.status()).toMatchObject({ online: true, outboxDepth: 0 });
      },
      { timeout: 60_000, interval: 20 },
    );
    const rows = await listCheckins(center.db);
    expect(rows.map((r) => r.admission_code)).toEqual(['ADM-L-1', 'ADM-L-2']);
    expect(rows[0]!.received_at <= rows[1]!.received_at).toBe(true);
    expect(await expectSettled(center.db, [north])).toEqual({ admissions: 2, conflicts: 0 });
    await north.link.close();
    expect(await north.link.claim({ admissionCode: 'ADM-Y', nonce: randomUUID(), operator: 'p', deskAt: 'x', forced: false, overrideReason: null })).toEqual({ result: 'offline' });
  });
});
