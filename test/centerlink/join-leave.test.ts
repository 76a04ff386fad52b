import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import type { AdmitResult } from '../../shared/checkin/types';
import { buildRegistry } from '../../electron/app/build-registry';
import { verifyAuditLog } from '../../electron/audit/audit-log';
import { CENTER_DESK_SETTING, CENTER_URL_SETTING, createCenterControl, type DoorCenterControl } from '../../electron/centerlink/center-control';
import { listDesks } from '../../electron/centerserver/desks-repo';
import { assignLease } from '../../electron/centerserver/leases-repo';
import { listCheckins } from '../../electron/centerserver/ledger-repo';
import { migrateCenter, openCenterPg } from '../../electron/centerserver/open-center';
import { sessionKey } from '../../electron/centerserver/session-key';
import type { Caller } from '../../electron/core/session';
import { readSetting } from '../../electron/store/settings-repo';
import { addCandidate, cnId, openCheckinDesk, passingCheck, type CheckinDesk } from '../checkin/support';
import { usePgCluster } from '../support/pg-cluster';
import { startTcpProxy } from '../support/tcp-proxy';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('exam-desk-join-leave-');
const cluster = usePgCluster();
const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});
const SLOW = 120_000;

/** A migrated center database; the admin connection is the manager's PC (never cut). */
async function center(name: string) {
  const url = await cluster().createDatabase(name);
  const admin = openCenterPg(url, { connectTimeoutMs: 30_000, queryTimeoutMs: 60_000 });
  cleanup.push(() => admin.destroy());
  await migrateCenter(admin, 'postgres');
  return { url, admin };
}

/** A desk working alone (real SQLite file with the demo day) under a door's center control, as serve/cli.ts and main/index.ts build it. */
async function loneDesk(dir = tempDir(), demo = true) {
  const desk: CheckinDesk = await openCheckinDesk(dir, new Date('2026-12-05T00:20:00Z'), { demo });
  const control: DoorCenterControl = createCenterControl({ dbPath: desk.core.store.path, clock: desk.clock });
  control.attach(desk.core);
  let closed = false;
  /** The door stops: the link and the center's connections, then the store. */
  const close = async () => {
    if (closed) return;
    closed = true;
    await control.close();
    await desk.close();
  };
  cleanup.push(close);
  const registry = buildRegistry(desk.core);
  const manager = await desk.as('manager');
  const invoke = (channel: string, payload: unknown, caller: Caller = manager) => registry.invoke(channel as never, payload as never, caller);
  return { dir, desk, control, invoke, manager, close };
}

async function admit(desk: CheckinDesk, code: string, idNumber: string): Promise<AdmitResult> {
  const proctor = await desk.as('proctor1');
  const x = await addCandidate(desk, { admissionCode: code, bookingId: `BK-${code}`, idNumber });
  await desk.call('checkin.recordIdCheck', passingCheck(x), proctor);
  return desk.call<AdmitResult>('checkin.admit', { appointmentId: x.appointmentId, nonce: randomUUID() }, proctor);
}

const auditActions = async (desk: CheckinDesk) => (await desk.core.store.db.selectFrom('audit_log').select('action').orderBy('seq').execute()).map((r) => r.action);

/** A loopback port nobody listens on (a wrong port in the address). */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

describe('#19 a manager joins or leaves the center from Settings (centerlink.join / centerlink.leave)', () => {
  test(
    'a lone desk joins: remembered without its password, audited, the badge says online, and an admission goes to the center’s ledger',
    async () => {
      const { url, admin } = await center('join_lone');
      const d = await loneDesk();
      expect(await d.invoke('centerlink.status', {})).toEqual({ ok: true, value: { joined: false } });
      const server = url.replace(/\/\/[^@]*@/, '//postgres@');
      const joined = await d.invoke('centerlink.join', { url, desk: 'north', password: 'pa:ss/w@rd' });
      expect(joined).toEqual({ ok: true, value: { server, desk: 'north' } });
      expect(await readSetting(d.desk.core.store.db, CENTER_URL_SETTING)).toBe(server);
      expect(await readSetting(d.desk.core.store.db, CENTER_DESK_SETTING)).toBe('north');
      const settings = await d.desk.core.store.db.selectFrom('settings').select('value').execute();
      const audit = await d.desk.core.store.db.selectFrom('audit_log').select('detail_json').execute();
      expect(JSON.stringify([settings, audit])).not.toContain('pa:ss');
      expect((await auditActions(d.desk)).at(-1)).toBe('centerlink.join');
      expect((await verifyAuditLog(d.desk.core.store.db)).ok).toBe(true);
      expect(await d.invoke('centerlink.status', {})).toMatchObject({ ok: true, value: { joined: true, desk: 'north', server, online: true, outboxDepth: 0 } });
      expect((await listDesks(admin)).map((x) => x.name)).toEqual(['north']);

      expect(await admit(d.desk, 'ADM-J-1', cnId('11010119900307757'))).toMatchObject({ status: 'admitted' });
      expect((await listCheckins(admin)).map((r) => [r.admission_code, r.desk, r.offline])).toEqual([['ADM-J-1', 'north', 0]]);
      // Joined once is enough: a second join is refused in words.
      expect(await d.invoke('centerlink.join', { url, desk: 'south' })).toMatchObject({ ok: false, error: { code: 'REFUSED', say: { key: 'centerlink.alreadyJoined', params: { server } } } });
    },
    SLOW,
  );

  test(
    'a wrong port is refused in words within the timeout; a bad address or desk name is refused before any connection; nothing is remembered, joined or audited',
    async () => {
      const { url } = await center('join_wrong_port');
      const d = await loneDesk();
      const before = await auditActions(d.desk);
      const wrong = new URL(url);
      wrong.port = String(await closedPort());
      expect(await d.invoke('centerlink.join', { url: wrong.toString(), desk: 'north' })).toMatchObject({
        ok: false,
        error: { code: 'REFUSED', say: { key: 'centerlink.joinUnreachable', params: { server: `postgres://postgres@127.0.0.1:${wrong.port}/join_wrong_port` } } },
      });
      expect(await d.invoke('centerlink.join', { url: 'http://postgres@127.0.0.1:5432/day', desk: 'north' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', say: { key: 'centerlink.badUrl' } } });
      expect(await d.invoke('centerlink.join', { url: 'postgres://postgres@127.0.0.1/day', desk: 'north' })).toMatchObject({ ok: false, error: { say: { key: 'centerlink.badUrl' } } });
      expect(await d.invoke('centerlink.join', { url, desk: 'north desk' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', say: { key: 'centerlink.badDeskName' } } });
      expect(await readSetting(d.desk.core.store.db, CENTER_URL_SETTING)).toBeUndefined();
      expect(await readSetting(d.desk.core.store.db, CENTER_DESK_SETTING)).toBeUndefined();
      expect(d.desk.core.centerLink).toBeUndefined();
      expect(d.control.current()).toBeNull();
      expect(await auditActions(d.desk)).toEqual(before);
      expect(await d.invoke('centerlink.status', {})).toEqual({ ok: true, value: { joined: false } });
    },
    SLOW,
  );

  test(
    'leave is refused while an offline admission waits in the outbox (saying how many), allowed once replayed; the desk forgets its center and works alone',
    async () => {
      const { url, admin } = await center('join_leave');
      const proxy = await startTcpProxy(cluster().port);
      cleanup.push(() => proxy.close());
      const via = new URL(url);
      via.port = String(proxy.port);
      const d = await loneDesk();
      expect(await d.invoke('centerlink.leave', {})).toMatchObject({ ok: false, error: { code: 'REFUSED', say: { key: 'centerlink.notJoined' } } });
      expect(await d.invoke('centerlink.join', { url: via.toString(), desk: 'north' })).toMatchObject({ ok: true });
      await assignLease(admin, { sessionKey: sessionKey('A', '2026-12-05T01:00:00.000Z'), desk: 'north', by: 'manager@hq', at: '2026-12-05T00:00:00.000Z' });
      await d.desk.core.centerLink!.refreshLeases();

      proxy.setMode('reset');
      expect(await admit(d.desk, 'ADM-L-1', cnId('11010119851111123'))).toMatchObject({ status: 'admitted' });
      const server = via.toString().replace(/\/\/[^@]*@/, '//postgres@');
      expect(await d.invoke('centerlink.leave', {})).toMatchObject({ ok: false, error: { code: 'REFUSED', say: { key: 'centerlink.leaveOutbox', params: { count: 1, server } } } });
      expect(await d.invoke('centerlink.status', {})).toMatchObject({ ok: true, value: { joined: true, outboxDepth: 1 } });
      expect(await readSetting(d.desk.core.store.db, CENTER_URL_SETTING)).toBe(server);

      proxy.setMode('pass');
      expect(await d.desk.core.centerLink!.replayNow()).toEqual({ sent: 1, conflicts: 0 });
      expect(await d.invoke('centerlink.leave', {})).toEqual({ ok: true, value: { server, desk: 'north' } });
      expect((await listCheckins(admin)).map((r) => r.admission_code)).toEqual(['ADM-L-1']);
      expect(d.desk.core.centerLink).toBeUndefined();
      expect(d.control.current()).toBeNull();
      expect(await readSetting(d.desk.core.store.db, CENTER_URL_SETTING)).toBeUndefined();
      expect(await readSetting(d.desk.core.store.db, CENTER_DESK_SETTING)).toBeUndefined();
      expect((await auditActions(d.desk)).slice(-1)).toEqual(['centerlink.leave']);
      expect((await verifyAuditLog(d.desk.core.store.db)).ok).toBe(true);
      expect(await d.invoke('centerlink.status', {})).toEqual({ ok: true, value: { joined: false } });
      // Alone again: an admission is decided locally, nothing reaches the center.
      expect(await admit(d.desk, 'ADM-L-2', cnId('11010119800101123'))).toMatchObject({ status: 'admitted' });
      expect(await listCheckins(admin)).toHaveLength(1);
    },
    SLOW,
  );

  test(
    'two managers joining at once get one link: the second is refused in words, the center knows one desk, the desk one remembered center',
    async () => {
      const { url, admin } = await center('join_twice');
      const d = await loneDesk();
      const answers = await Promise.all([d.invoke('centerlink.join', { url, desk: 'north' }), d.invoke('centerlink.join', { url, desk: 'south' })]);
      expect(answers.filter((a) => a.ok)).toHaveLength(1);
      expect(answers.filter((a) => !a.ok)).toMatchObject([{ error: { code: 'REFUSED', say: { key: 'centerlink.alreadyJoined' } } }]);
      const winner = answers.find((a) => a.ok)!.value as { desk: string };
      expect((await listDesks(admin)).map((x) => x.name)).toEqual([winner.desk]);
      expect(await readSetting(d.desk.core.store.db, CENTER_DESK_SETTING)).toBe(winner.desk);
      expect(d.desk.core.centerLink?.desk).toBe(winner.desk);
      expect((await auditActions(d.desk)).filter((a) => a === 'centerlink.join')).toHaveLength(1);
    },
    SLOW,
  );

  test('a proctor may neither join nor leave (the manager’s channels)', async () => {
    const d = await loneDesk();
    const proctor = await d.desk.as('proctor1');
    expect(await d.invoke('centerlink.join', { url: 'postgres://exam@127.0.0.1:5432/day', desk: 'north' }, proctor)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await d.invoke('centerlink.leave', {}, proctor)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(d.control.current()).toBeNull();
  });

  test(
    'a desk restarted without --center rejoins the center remembered in its settings (the start-up path both doors call) and admits through it',
    async () => {
      const { url, admin } = await center('join_restart');
      const first = await loneDesk();
      expect(await first.invoke('centerlink.join', { url, desk: 'north' })).toMatchObject({ ok: true });
      await first.close();

      const again = await loneDesk(first.dir, false);
      expect(again.control.current()).toBeNull();
      expect(await again.control.rejoinRemembered()).toEqual({ server: url.replace(/\/\/[^@]*@/, '//postgres@'), desk: 'north', reachable: true });
      expect(await again.invoke('centerlink.status', {})).toMatchObject({ ok: true, value: { joined: true, desk: 'north', online: true } });
      expect(await admit(again.desk, 'ADM-R-1', cnId('11010119900307757'))).toMatchObject({ status: 'admitted' });
      expect((await listCheckins(admin)).map((r) => [r.admission_code, r.desk])).toEqual([['ADM-R-1', 'north']]);
      // A second call changes nothing (already joined).
      expect(await again.control.rejoinRemembered()).toBeNull();
    },
    SLOW,
  );
});
