import i18next from 'i18next';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { CenterLink } from '../../electron/centerlink/center-link';
import { listLeaseCopy } from '../../electron/centerlink/lease-copy-repo';
import { touchDesk } from '../../electron/centerserver/desks-repo';
import { claimOnline, claimReplay } from '../../electron/centerserver/ledger-repo';
import { migrateCenter, openCenterPg, openCenterSqlite } from '../../electron/centerserver/open-center';
import type { CenterConflictView, CenterLeaseView } from '../../shared/centerlink/contract';
import { namespaces, resourcesFor } from '../../shared/i18n/resources';
import { seedAppointment } from '../support/seed';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk, type TestDesk } from '../support/test-core';

const tempDir = useTempDir('exam-desk-centerlink-');
const opened: { desk: TestDesk; link?: CenterLink }[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) {
    await o.link?.close();
    await o.desk.close();
  }
});

/** A desk (real SQLite file) joined as "A" to a center in a SQLite file, the link settled (its first sync done). */
async function joinedDesk() {
  const dir = tempDir();
  const desk = await openTestDesk(dir);
  const center = openCenterSqlite(join(dir, 'center.sqlite'));
  await migrateCenter(center, 'sqlite');
  const link = new CenterLink({ center, desk: 'A', server: 'postgres://exam@center:5432/day', store: desk.core.store, clock: desk.clock });
  desk.core.centerLink = link;
  opened.push({ desk, link });
  await link.replayNow();
  return { desk, link, center };
}

const claim = (code: string, nonce: string, desk: string, deskAt: string, offline: boolean) => ({
  admissionCode: code,
  nonce,
  desk,
  operator: `${desk.toLowerCase()}-proctor`,
  deskAt,
  receivedAt: deskAt,
  offline,
  forced: offline && desk === 'B',
  overrideReason: offline && desk === 'B' ? 'manager override: leased to A' : null,
});

describe('#19 the center link as a desk’s screens see it (handlers)', () => {
  test('a desk working alone: status says not joined; the manager channels refuse in words (centerlink.notJoined)', async () => {
    const desk = await openTestDesk(tempDir());
    opened.push({ desk });
    const proctor = await desk.as('proctor');
    expect(await desk.registry.invoke('centerlink.status', {}, proctor)).toEqual({ ok: true, value: { joined: false } });
    const manager = await desk.as('manager');
    for (const [channel, payload] of [
      ['centerlink.desks', {}],
      ['centerlink.leases', {}],
      ['centerlink.conflicts', {}],
      ['centerlink.assignLease', { sessionKey: 'A@2026-12-05T01:00:00.000Z', desk: 'A' }],
      ['centerlink.resolveConflict', { id: 1, resolution: 'kept-first', note: 'checked the photos' }],
    ] as const) {
      expect(await desk.registry.invoke(channel, payload, manager), channel).toMatchObject({ ok: false, error: { code: 'REFUSED', say: { key: 'centerlink.notJoined' } } });
    }
  });

  test('every signed-in role sees the link; desks, leases and conflicts are the manager’s', async () => {
    const { desk } = await joinedDesk();
    const proctor = await desk.as('proctor');
    const s = await desk.registry.invoke('centerlink.status', {}, proctor);
    expect(s).toMatchObject({ ok: true, value: { joined: true, desk: 'A', server: 'postgres://exam@center:5432/day', online: true, outboxDepth: 0, openConflicts: 0, leasedHere: 0 } });
    for (const channel of ['centerlink.desks', 'centerlink.leases', 'centerlink.conflicts'] as const) {
      expect(await desk.registry.invoke(channel, {}, proctor), channel).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await desk.registry.invoke('centerlink.status', {}, await desk.as(null))).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
  });

  test('leases: the day’s sessions by room and start; a session leased to a joined desk is in this desk’s copy at once; an unknown desk is refused in words', async () => {
    const { desk, center } = await joinedDesk();
    await seedAppointment(desk.core.store.db, { startsAt: '2026-12-05T01:00:00.000Z' });
    await seedAppointment(desk.core.store.db, { startsAt: '2026-12-05T06:00:00.000Z' });
    await touchDesk(center, 'B', '2026-12-05T00:20:00.000Z');
    const manager = await desk.as('manager');
    const leases = await desk.registry.invoke('centerlink.leases', {}, manager);
    expect(leases).toMatchObject({
      ok: true,
      value: [
        { sessionKey: 'A@2026-12-05T01:00:00.000Z', roomCode: 'A', startsLocal: '09:00', desk: null },
        { sessionKey: 'A@2026-12-05T06:00:00.000Z', roomCode: 'A', startsLocal: '14:00', desk: null },
      ],
    });
    expect(await desk.registry.invoke('centerlink.assignLease', { sessionKey: 'A@2026-12-05T06:00:00.000Z', desk: 'B' }, manager)).toEqual({ ok: true, value: { sessionKey: 'A@2026-12-05T06:00:00.000Z', desk: 'B' } });
    expect(await listLeaseCopy(desk.core.store.db)).toEqual([expect.objectContaining({ sessionKey: 'A@2026-12-05T06:00:00.000Z', desk: 'B' })]);
    const after = await desk.registry.invoke('centerlink.leases', { date: '2026-12-05' }, manager);
    expect(after.ok && (after.value as CenterLeaseView[]).map((l) => l.desk)).toEqual([null, 'B']);
    const desks = await desk.registry.invoke('centerlink.desks', {}, manager);
    expect(desks).toMatchObject({
      ok: true,
      value: [
        { name: 'A', leases: 0 },
        { name: 'B', leases: 1, lastContactLocal: '2026-12-05 08:20' },
      ],
    });
    expect(await desk.registry.invoke('centerlink.assignLease', { sessionKey: 'A@2026-12-05T01:00:00.000Z', desk: 'Z' }, manager)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', say: { key: 'centerlink.unknownDesk', params: { desk: 'Z' } } },
    });
    // The badge counts the sessions leased to this desk (its copy).
    await desk.registry.invoke('centerlink.assignLease', { sessionKey: 'A@2026-12-05T01:00:00.000Z', desk: 'A' }, manager);
    expect(await desk.registry.invoke('centerlink.status', {}, manager)).toMatchObject({ ok: true, value: { leasedHere: 1 } });
    await desk.registry.invoke('centerlink.assignLease', { sessionKey: 'A@2026-12-05T01:00:00.000Z', desk: null }, manager);
    // Unleased again: null.
    await desk.registry.invoke('centerlink.assignLease', { sessionKey: 'A@2026-12-05T06:00:00.000Z', desk: null }, manager);
    expect(await listLeaseCopy(desk.core.store.db)).toEqual([]);
  });

  test('a conflict shows both desks’ evidence and the candidate; the manager resolves it once, with a required note (kept-second swaps the admission)', async () => {
    const { desk, center, link } = await joinedDesk();
    await seedAppointment(desk.core.store.db, { name: '李娜' });
    const code = (await desk.core.store.db.selectFrom('appointments').select('admission_code').executeTakeFirstOrThrow()).admission_code;
    expect(await claimOnline(center, claim(code, 'nonce-a', 'A', '2026-12-05T00:41:00.000Z', false))).toEqual({ result: 'admitted', repeat: false });
    expect(await claimReplay(center, claim(code, 'nonce-b', 'B', '2026-12-05T00:43:10.000Z', true))).toMatchObject({ result: 'conflict' });
    const manager = await desk.as('manager');
    expect((await link.status()).openConflicts).toBe(1);
    const list = await desk.registry.invoke('centerlink.conflicts', { open: true }, manager);
    expect(list).toMatchObject({
      ok: true,
      value: [
        {
          admissionCode: code,
          candidateName: '李娜',
          kept: { desk: 'A', operator: 'a-proctor', deskAtLocal: '2026-12-05 08:41:00', nonce: 'nonce-a', forced: false },
          second: { desk: 'B', operator: 'b-proctor', deskAtLocal: '2026-12-05 08:43:10', nonce: 'nonce-b', forced: true },
          resolution: null,
        },
      ],
    });
    const id = list.ok ? (list.value as CenterConflictView[])[0]!.id : 0;
    expect(await desk.registry.invoke('centerlink.resolveConflict', { id, resolution: 'kept-second', note: '  ' }, manager)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const done = await desk.registry.invoke('centerlink.resolveConflict', { id, resolution: 'kept-second', note: 'B checked the ID and photo; A admitted by mistake' }, manager);
    expect(done).toMatchObject({ ok: true, value: { id, resolution: 'kept-second', resolvedBy: 'manager-test@A', resolvedLocal: '2026-12-05 08:30:00', note: 'B checked the ID and photo; A admitted by mistake' } });
    const row = await center.selectFrom('center_checkins').select(['nonce', 'desk']).where('admission_code', '=', code).executeTakeFirstOrThrow();
    expect(row).toEqual({ nonce: 'nonce-b', desk: 'B' });
    expect(await desk.registry.invoke('centerlink.resolveConflict', { id, resolution: 'kept-first', note: 'second try' }, manager)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await link.status()).openConflicts).toBe(0);
    expect(await desk.registry.invoke('centerlink.conflicts', { open: true }, manager)).toEqual({ ok: true, value: [] });
  });

  test('offline: the badge says since when; the manager channels refuse in words (centerlink.offline) and change nothing', async () => {
    const desk = await openTestDesk(tempDir());
    // A center nobody answers at (port 1 on loopback refuses at once).
    const link = new CenterLink({
      center: openCenterPg('postgres://exam:secret@127.0.0.1:1/day', { connectTimeoutMs: 2000, queryTimeoutMs: 2000 }),
      desk: 'A',
      server: 'postgres://exam@127.0.0.1:1/day',
      store: desk.core.store,
      clock: desk.clock,
      timeoutMs: 2000,
      probeMs: 60_000,
    });
    desk.core.centerLink = link;
    opened.push({ desk, link });
    await expect(link.replayNow()).rejects.toThrow();
    const manager = await desk.as('manager');
    const s = await desk.registry.invoke('centerlink.status', {}, manager);
    expect(s).toMatchObject({ ok: true, value: { joined: true, online: false, offlineSince: '2026-12-05T00:30:00.000Z', offlineSinceLocal: '08:30', outboxDepth: 0 } });
    expect(JSON.stringify(s)).not.toContain('secret');
    expect(await desk.registry.invoke('centerlink.desks', {}, manager)).toMatchObject({ ok: false, error: { code: 'REFUSED', say: { key: 'centerlink.offline', params: { since: '08:30' } } } });
    expect(await desk.registry.invoke('centerlink.assignLease', { sessionKey: 'A@2026-12-05T01:00:00.000Z', desk: 'A' }, manager)).toMatchObject({
      ok: false,
      error: { code: 'REFUSED', say: { key: 'centerlink.offline' } },
    });
  });

  test('the badge’s words in Chinese and English', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'zh-CN', resources: { 'zh-CN': resourcesFor('zh-CN'), en: resourcesFor('en') }, ns: Object.keys(namespaces), defaultNS: 'app', interpolation: { escapeValue: false } });
    expect(i18n.t('centerlink:badge.online', { desk: 'A' })).toBe('中心 已连接 · 台 A');
    expect(i18n.t('centerlink:badge.offline', { since: '08:41', count: 3 })).toBe('离线 自 08:41 · 待上传 3');
    await i18n.changeLanguage('en');
    expect(i18n.t('centerlink:badge.online', { desk: 'A' })).toBe('Center connected · desk A');
    expect(i18n.t('centerlink:badge.offline', { since: '08:41', count: 3 })).toBe('Offline since 08:41 · 3 waiting to upload');
  });
});
