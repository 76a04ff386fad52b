import { randomUUID } from 'node:crypto';
import { afterEach, expect, test } from 'vitest';
import type { AdmitResult } from '../../shared/checkin/types';
import { CenterLink } from '../../electron/centerlink/center-link';
import { assignLease } from '../../electron/centerserver/leases-repo';
import { listCheckins } from '../../electron/centerserver/ledger-repo';
import { migrateCenter, openCenterPg, redactUrl } from '../../electron/centerserver/open-center';
import { sessionKey } from '../../electron/centerserver/session-key';
import { addCandidate, cnId, openCheckinDesk, passingCheck, type CheckinDesk } from '../checkin/support';
import { usePgCluster } from '../support/pg-cluster';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';
import { useTempDir } from '../support/temp-dir';
import { expectSettled, NO_PROBE } from './center-fixture';

const tempDir = useTempDir();
const cluster = usePgCluster();
const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

test('#19 a desk on PostgreSQL through a black-holed network: the claim gives up within the timeout, the leased candidate is admitted offline, and after the network is back two replays leave one center row', async () => {
  const url = await cluster().createDatabase(`link_${process.pid}`);
  const admin = openCenterPg(url);
  cleanup.push(() => admin.destroy());
  await migrateCenter(admin, 'postgres');
  const proxy: TcpProxy = await startTcpProxy(cluster().port);
  cleanup.push(() => proxy.close());
  const viaProxy = new URL(url);
  viaProxy.port = String(proxy.port);

  const desk: CheckinDesk = await openCheckinDesk(tempDir(), new Date('2026-12-05T00:20:00Z'));
  cleanup.push(() => desk.close());
  const link = new CenterLink({ center: openCenterPg(viaProxy.toString()), desk: 'north', server: redactUrl(viaProxy.toString()), store: desk.core.store, clock: desk.clock, probeMs: NO_PROBE });
  cleanup.push(() => link.close());
  desk.core.centerLink = link;
  await link.replayNow();
  await assignLease(admin, { sessionKey: sessionKey('A', '2026-12-05T01:00:00.000Z'), desk: 'north', by: 'manager@hq', at: '2026-12-05T00:00:00.000Z' });
  await link.refreshLeases();
  const proctor = await desk.as('proctor1');
  const candidate = async (code: string, idNumber: string) => {
    const x = await addCandidate(desk, { admissionCode: code, bookingId: `BK-${code}`, idNumber });
    await desk.call('checkin.recordIdCheck', passingCheck(x), proctor);
    return x;
  };
  const online = await candidate('ADM-PG-1', cnId('11010119900307757'));
  const offline = await candidate('ADM-PG-2', cnId('11010119851111123'));

  expect(await desk.call<AdmitResult>('checkin.admit', { appointmentId: online.appointmentId, nonce: randomUUID() }, proctor)).toMatchObject({ status: 'admitted' });
  expect((await listCheckins(admin)).map((r) => [r.admission_code, r.offline])).toEqual([['ADM-PG-1', 0]]);

  proxy.setMode('blackhole');
  const nonce = randomUUID();
  expect(await desk.call<AdmitResult>('checkin.admit', { appointmentId: offline.appointmentId, nonce }, proctor)).toMatchObject({ status: 'admitted' });
  expect(await link.status()).toMatchObject({ online: false, offlineSince: '2026-12-05T00:20:00.000Z', outboxDepth: 1 });

  proxy.setMode('pass');
  expect(await link.replayNow()).toEqual({ sent: 1, conflicts: 0 });
  expect(await link.replayNow()).toEqual({ sent: 0, conflicts: 0 });
  expect(await link.status()).toMatchObject({ online: true, outboxDepth: 0 });
  expect((await listCheckins(admin)).map((r) => [r.admission_code, r.nonce === nonce, r.offline])).toEqual([
    ['ADM-PG-1', false, 0],
    ['ADM-PG-2', true, 1],
  ]);
  expect(await expectSettled(admin, [{ name: 'north', desk }])).toEqual({ admissions: 2, conflicts: 0 });
});
