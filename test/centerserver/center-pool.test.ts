import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, test } from 'vitest';
import { migrateCenter, openCenterPg } from '../../electron/centerserver/open-center';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';
import { SLOW, useCenterLegs } from './center-legs';

const legs = useCenterLegs();
let proxy: TcpProxy | undefined;
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
});

/** A center database reached through a proxy that plays the desk's network. */
async function behindProxy(): Promise<{ url: string; direct: string }> {
  const direct = await legs.pgUrl();
  const migrated = legs.track(openCenterPg(direct));
  await migrateCenter(migrated, 'postgres');
  const u = new URL(direct);
  proxy = await startTcpProxy(Number(u.port));
  u.port = String(proxy.port);
  return { url: u.toString(), direct };
}

const headSeq = async (db: ReturnType<typeof openCenterPg>) => (await db.selectFrom('center_chain_head').select('seq').executeTakeFirstOrThrow()).seq;

describe('a desk’s connection to the center on a flaky network (#19)', () => {
  test('a connection black-holed under a statement is closed, not reused: once the network is back the next statement answers', { timeout: SLOW }, async () => {
    const { url } = await behindProxy();
    // One connection: a kept dead one would be the only one the pool could hand out.
    const db = legs.track(openCenterPg(url, { connectTimeoutMs: 5_000, queryTimeoutMs: 5_000, max: 1 }));
    expect(await headSeq(db)).toBe(0);
    proxy!.setMode('blackhole');
    await expect(headSeq(db)).rejects.toThrow(/timeout/i);
    proxy!.setMode('pass');
    expect(await headSeq(db)).toBe(0);
  });

  test('a connection reset while a statement runs fails that statement without crashing the desk, and the next statement answers', { timeout: SLOW }, async () => {
    const { url, direct } = await behindProxy();
    const db = legs.track(openCenterPg(url, { connectTimeoutMs: 60_000, queryTimeoutMs: 120_000, max: 1 }));
    const sleeping = sql`select pg_sleep(100)`.execute(db);
    const outcome = sleeping.then(
      () => 'answered',
      (e: unknown) => String(e),
    );
    // Waits for the state: the statement runs at the server.
    const watcher = new pg.Client({ connectionString: direct });
    await watcher.connect();
    try {
      for (;;) {
        const r = await watcher.query(`select count(*)::int as n from pg_stat_activity where query like 'select pg_sleep(100)%' and state = 'active'`);
        if (r.rows[0].n > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      await watcher.end();
    }
    proxy!.setMode('reset');
    expect(await outcome).toMatch(/terminated|ECONNRESET|closed/i);
    proxy!.setMode('pass');
    expect(await headSeq(db)).toBe(0);
  });
});
