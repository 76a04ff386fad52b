import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { processAlive, startPgCluster, usePgCluster } from '../support/pg-cluster';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';

// The harness the center server's tests (#19) stand on: a real PostgreSQL cluster in a temp folder and a
// TCP proxy that plays the desk's network. initdb and starts are slow on a busy machine: generous bounds.
const SLOW = 180_000;
/** Short enough that a black-holed connection is given up in the test; the assertions never say how fast. */
const GIVE_UP_MS = 2_000;

const cluster = usePgCluster();
let url = '';
beforeAll(async () => {
  url = await cluster().createDatabase('harness');
}, SLOW);

/** Clients opened by a test, ended afterwards (an error event on a dead connection is expected, not a crash). */
const clients: pg.Client[] = [];
function client(port: number, extra: pg.ClientConfig = {}): pg.Client {
  const c = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: 'harness', ...extra });
  c.on('error', () => {});
  clients.push(c);
  return c;
}
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.end().catch(() => {})));
});

async function one(c: pg.Client): Promise<number> {
  const r = await c.query<{ one: number }>('select 1 as one');
  return r.rows[0]!.one;
}

describe('pg cluster (#19 test support)', () => {
  test('a created database answers select 1 through pg at the URL it returned', { timeout: SLOW }, async () => {
    expect(url).toBe(`postgres://postgres@127.0.0.1:${cluster().port}/harness`);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      expect(await one(c)).toBe(1);
    } finally {
      await c.end();
    }
  });

  test('a committed row survives pg_ctl stop -m immediate and start again on the same port', { timeout: SLOW }, async () => {
    const before = client(cluster().port);
    await before.connect();
    await before.query('create table kept (id integer primary key)');
    await before.query('insert into kept values (7)');
    const pid = cluster().postmasterPid();
    expect(pid).toBeGreaterThan(0);

    await cluster().stopImmediate();
    expect(processAlive(pid!)).toBe(false);
    await expect(client(cluster().port, { connectionTimeoutMillis: GIVE_UP_MS }).connect()).rejects.toThrow();

    await cluster().start();
    const after = client(cluster().port);
    await after.connect();
    expect((await after.query('select id from kept')).rows).toEqual([{ id: 7 }]);
    expect(cluster().postmasterPid()).not.toBe(pid);
  });
});

describe('tcp proxy (#19 test support)', () => {
  let proxy: TcpProxy;
  beforeAll(async () => {
    proxy = await startTcpProxy(cluster().port);
  });
  afterAll(async () => {
    await proxy?.close();
  });

  test('pass forwards a query; blackhole makes an open and a new connection fail without an answer; reset errors; pass again serves a new client', { timeout: SLOW }, async () => {
    proxy.setMode('pass');
    const early = client(proxy.port, { query_timeout: GIVE_UP_MS, connectionTimeoutMillis: GIVE_UP_MS });
    await early.connect();
    expect(await one(early)).toBe(1);

    proxy.setMode('blackhole');
    expect(proxy.mode()).toBe('blackhole');
    await expect(one(early)).rejects.toThrow(/timeout/i);
    await expect(client(proxy.port, { query_timeout: GIVE_UP_MS, connectionTimeoutMillis: GIVE_UP_MS }).connect()).rejects.toThrow(/timeout/i);

    proxy.setMode('pass');
    const beforeReset = client(proxy.port, { query_timeout: GIVE_UP_MS, connectionTimeoutMillis: GIVE_UP_MS });
    await beforeReset.connect();
    expect(await one(beforeReset)).toBe(1);
    proxy.setMode('reset');
    await expect(one(beforeReset)).rejects.toThrow();
    await expect(client(proxy.port, { query_timeout: GIVE_UP_MS, connectionTimeoutMillis: GIVE_UP_MS }).connect()).rejects.toThrow();

    proxy.setMode('pass');
    const fresh = client(proxy.port, { query_timeout: GIVE_UP_MS, connectionTimeoutMillis: GIVE_UP_MS });
    await fresh.connect();
    expect(await one(fresh)).toBe(1);
    // The black-holed connection stays dead once the cable is back.
    await expect(one(early)).rejects.toThrow();
  });

  test('reset ends an open connection at once', { timeout: SLOW }, async () => {
    proxy.setMode('pass');
    const c = client(proxy.port);
    await c.connect();
    expect(proxy.openConnections()).toBeGreaterThan(0);
    const ended = new Promise<void>((resolve) => c.once('end', () => resolve()));
    proxy.setMode('reset');
    await ended;
    proxy.setMode('pass');
  });

  test('blackhole keeps the server side of an open connection (a pulled cable), and close() releases it', { timeout: SLOW }, async () => {
    const own = await startTcpProxy(cluster().port);
    const backends = async () => {
      const r = await direct.query<{ n: string }>("select count(*) as n from pg_stat_activity where application_name = 'behind-cable'");
      return Number(r.rows[0]!.n);
    };
    const direct = client(cluster().port);
    await direct.connect();
    try {
      const desk = client(own.port, { application_name: 'behind-cable', query_timeout: GIVE_UP_MS });
      await desk.connect();
      expect(await backends()).toBe(1);
      own.setMode('blackhole');
      await expect(one(desk)).rejects.toThrow();
      expect(await backends()).toBe(1);
    } finally {
      await own.close();
    }
    expect(own.openConnections()).toBe(0);
    while ((await backends()) > 0) await sleep(100);
  });
});

describe('pg cluster set-up and teardown (#19 test support)', () => {
  test('without the binaries the start fails with how to install PostgreSQL (CI fails, never skips)', async () => {
    const saved = process.env.EXAM_DESK_PG_BIN;
    process.env.EXAM_DESK_PG_BIN = '/nonexistent/postgresql/bin';
    try {
      await expect(startPgCluster()).rejects.toThrow('PostgreSQL is not installed: apt-get install postgresql');
    } finally {
      if (saved === undefined) delete process.env.EXAM_DESK_PG_BIN;
      else process.env.EXAM_DESK_PG_BIN = saved;
    }
  });

  test('stop() ends the postmaster and removes the temp folder, and is idempotent', { timeout: SLOW }, async () => {
    const own = await startPgCluster();
    const pid = own.postmasterPid()!;
    expect(processAlive(pid)).toBe(true);
    expect(existsSync(own.dir)).toBe(true);
    await own.stop();
    await own.stop();
    expect(existsSync(own.dir)).toBe(false);
    expect(processAlive(pid)).toBe(false);
  });

  test('a cluster whose test process is SIGKILLed is stopped and its folder removed (its watchdog sees the pipe close)', { timeout: SLOW }, async () => {
    const code = 'const { startPgCluster } = await import(process.argv[1]); const c = await startPgCluster(); console.log(JSON.stringify({ dir: c.dir, pid: c.postmasterPid() })); setInterval(() => {}, 60_000);';
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code, join(process.cwd(), 'test/support/pg-cluster.ts')], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let out = '';
      let err = '';
      child.stderr.on('data', (b: Buffer) => (err += b.toString()));
      const started = await new Promise<{ dir: string; pid: number }>((resolve, reject) => {
        child.stdout.on('data', (b: Buffer) => {
          out += b.toString();
          if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0]!));
        });
        child.once('exit', (c) => reject(new Error(`the child exited (${c}) before its cluster ran: ${err}`)));
      });
      expect(processAlive(started.pid)).toBe(true);
      child.kill('SIGKILL');
      while (existsSync(started.dir) || processAlive(started.pid)) await sleep(100);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
