import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { CenterLink } from '../../electron/centerlink/center-link';
import { listCenterAudit, verifyCenterChain } from '../../electron/centerserver/center-audit-repo';
import { claimOnline, listCheckins } from '../../electron/centerserver/ledger-repo';
import { migrateCenter, openCenterSqlite } from '../../electron/centerserver/open-center';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk, type TestDesk } from '../support/test-core';
import { claim } from '../centerserver/center-legs';

const tempDir = useTempDir('exam-desk-purge-joined-');
const opened: { desk: TestDesk; link: CenterLink }[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) {
    await o.link.close();
    await o.desk.close();
  }
});

/** A desk on 2026-11-30 joined as "A" to a center (SQLite file) holding one admission of August (past retention) and one of today. */
async function joinedDesk() {
  const dir = tempDir();
  const desk = await openTestDesk(dir, new Date('2026-11-30T09:00:00Z'));
  const center = openCenterSqlite(join(dir, 'center.sqlite'));
  await migrateCenter(center, 'sqlite');
  await claimOnline(center, claim('OLD-1', { desk: 'B', deskAt: '2026-08-05T00:40:00.000Z', receivedAt: '2026-08-05T00:40:01.000Z' }));
  await claimOnline(center, claim('NEW-1', { desk: 'B', deskAt: '2026-11-30T00:40:00.000Z', receivedAt: '2026-11-30T00:40:01.000Z' }));
  const link = new CenterLink({ center, desk: 'A', server: 'postgres://exam@center:5432/day', store: desk.core.store, clock: desk.clock });
  desk.core.centerLink = link;
  opened.push({ desk, link });
  await link.replayNow();
  return { desk, link, center };
}

describe('REP-3 the purge of a joined desk reaches the center (#19)', () => {
  test('REP-3: retention.check counts what the center would remove; retention.purge removes it there with the same cutoff, audited at the center; the chain verifies', async () => {
    const { desk, center } = await joinedDesk();
    const manager = await desk.as('manager');
    const check = await desk.registry.invoke('retention.check', {}, manager);
    expect(check).toMatchObject({ ok: true, value: { cutoff: '2026-09-01T09:00:00.000Z', center: { checkins: 1, error: null } } });
    expect((await listCheckins(center)).length).toBe(2);

    const done = await desk.registry.invoke('retention.purge', { confirm: true }, manager);
    expect(done).toMatchObject({ ok: true, value: { dryRun: false, center: { checkins: 1, conflicts: 0, snapshotsRemoved: 0, error: null } } });
    expect((await listCheckins(center)).map((c) => c.admission_code)).toEqual(['NEW-1']);
    const entry = (await listCenterAudit(center)).at(-1)!;
    expect(entry).toMatchObject({ action: 'center.purge', subject: '2026-09-01T09:00:00.000Z' });
    expect(JSON.parse(entry.detail_json)).toMatchObject({ days: 90, by: 'A: manager-test', checkins: 1 });
    expect((await verifyCenterChain(center)).ok).toBe(true);
  });

  test('REP-3: with the center unreachable the desk still purges itself and the view says the center was not reached', async () => {
    const { desk, link, center } = await joinedDesk();
    const manager = await desk.as('manager');
    await center.destroy(); // the center's connection is gone: the link's next call fails and it goes offline
    await link.status();
    const done = await desk.registry.invoke('retention.purge', { confirm: true }, manager);
    expect(done).toMatchObject({ ok: true, value: { dryRun: false, center: { checkins: 0, error: expect.stringMatching(/not reachable|destroyed|closed/) } } });
    expect(await desk.core.store.db.selectFrom('audit_log').select('action').where('action', '=', 'retention.purge').execute()).toHaveLength(1);
  });

  test('a desk working alone: the purge view has no center part', async () => {
    const desk = await openTestDesk(tempDir(), new Date('2026-11-30T09:00:00Z'));
    try {
      const check = await desk.registry.invoke('retention.check', {}, await desk.as('manager'));
      expect(check).toMatchObject({ ok: true, value: { dryRun: true } });
      expect((check as { value: object }).value).not.toHaveProperty('center');
    } finally {
      await desk.close();
    }
  });
});
