import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { asRoot, commandLine, findPgBin, processAlive, runPg as run, startWatchdog, waitGone } from './pg-process';

export { findPgBin, processAlive } from './pg-process';

/**
 * A throwaway PostgreSQL cluster for the center server's tests (#19): initdb in a temp folder, a free
 * loopback port, trust authentication for `postgres`. Real processes, so the tests can stop the server
 * the way a center loses it (`stopImmediate`, `pg_ctl stop -m immediate`) and start it again.
 */
export interface PgCluster {
  readonly host: string;
  readonly port: number;
  /** The temp folder (data directory, socket and log inside); removed by stop(). */
  readonly dir: string;
  urlFor(db: string): string;
  /** `create database`, answering its URL. */
  createDatabase(name: string): Promise<string>;
  /** The postmaster's pid while the server runs (from postmaster.pid). */
  postmasterPid(): number | undefined;
  /** The end: `pg_ctl stop -m fast` (the process group killed if that fails), then the folder removed. Idempotent. */
  stop(): Promise<void>;
  /** A crash: `pg_ctl stop -m immediate`; the folder stays, start() recovers it. */
  stopImmediate(): Promise<void>;
  /** Starts the server again on the same folder and port and waits until it answers. */
  start(): Promise<void>;
}

const HOST = '127.0.0.1';
/** Generous: initdb plus a start on a busy two-core machine; a bound, never a wait. */
const READY_LIMIT_MS = 120_000;
const STOP_LIMIT_S = 60;

/** A free loopback port below Linux's ephemeral range, so no outgoing connection's local port takes it while the server is down. */
async function freePort(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    const free = await new Promise<boolean>((resolve) => {
      const s = createServer();
      s.once('error', () => resolve(false));
      s.listen(port, HOST, () => s.close(() => resolve(true)));
    });
    if (free) return port;
  }
}

function tail(file: string, lines = 40): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

async function answers(port: number): Promise<boolean> {
  const c = new pg.Client({ host: HOST, port, user: 'postgres', database: 'postgres', connectionTimeoutMillis: 10_000 });
  c.on('error', () => {});
  try {
    await c.connect();
    await c.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
}

export async function startPgCluster(): Promise<PgCluster> {
  const bin = findPgBin();
  const dir = mkdtempSync(join(tmpdir(), 'exam-desk-pg-'));
  const data = join(dir, 'data');
  const log = join(dir, 'postgres.log');
  const pidFile = join(data, 'postmaster.pid');
  let port = 0;
  let stopped = false;

  const postmasterPid = (): number | undefined => {
    try {
      const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
      return Number.isInteger(pid) && pid > 0 ? pid : undefined;
    } catch {
      return undefined;
    }
  };
  let lastPid: number | undefined;
  /** The last resort: SIGKILL the postmaster's group (pg_ctl makes it a session leader) and the postmaster itself. */
  const killHard = () => {
    const pid = postmasterPid() ?? lastPid;
    // Only our own postmaster (its command line names our data folder), never a pid the system reused.
    if (pid === undefined || !processAlive(pid) || !commandLine(pid).includes(data)) return;
    for (const target of [-pid, pid]) {
      try {
        process.kill(target, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };
  /** Cleans up if this process dies without stop(): nothing leaks from an interrupted run. */
  const watchdog = startWatchdog(bin, data, dir);
  /** A start that failed half-way: whatever runs stops at once and the folder goes. */
  const stopHard = async () => {
    stopped = true;
    lastPid = postmasterPid();
    await run(bin, 'pg_ctl', ['-D', data, 'stop', '-m', 'immediate', '-w', '-t', String(STOP_LIMIT_S)], dir).catch(killHard);
    await waitGone(lastPid, STOP_LIMIT_S * 1000, killHard);
    rmSync(dir, { recursive: true, force: true });
    watchdog.dismiss();
  };

  const pgCtlStart = async () => {
    const opts = `-p ${port} -k '${dir}' -c listen_addresses=${HOST} -c fsync=off -c full_page_writes=off`;
    const deadline = Date.now() + READY_LIMIT_MS;
    try {
      await run(bin, 'pg_ctl', ['-D', data, '-o', opts, '-l', log, '-w', '-t', String(READY_LIMIT_MS / 1000), 'start'], dir);
    } catch (e) {
      throw new Error(`PostgreSQL did not start on ${HOST}:${port}: ${(e as Error).message}\n--- log tail ---\n${tail(log)}`, { cause: e });
    }
    while (!(await answers(port))) {
      const pid = postmasterPid();
      if (pid === undefined || !processAlive(pid)) throw new Error(`PostgreSQL on ${HOST}:${port} stopped while starting\n--- log tail ---\n${tail(log)}`);
      if (Date.now() > deadline) throw new Error(`PostgreSQL on ${HOST}:${port} did not answer within ${READY_LIMIT_MS / 1000} s\n--- log tail ---\n${tail(log)}`);
      await sleep(200);
    }
  };

  try {
    if (asRoot()) await new Promise<void>((res, rej) => execFile('chown', ['postgres:', dir], (err) => (err ? rej(err) : res())));
    await run(bin, 'initdb', ['-D', data, '--auth=trust', '-U', 'postgres', '--encoding=UTF8', '--locale=C', '--no-sync'], dir);
    // Another test file may take the port between the probe and the bind: a new port then.
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      try {
        await pgCtlStart();
        break;
      } catch (e) {
        if (attempt >= 3 || !/could not (bind|create listen)|already in use/i.test(tail(log))) throw e;
        killHard();
      }
    }
  } catch (e) {
    await stopHard();
    throw e;
  }

  const cluster: PgCluster = {
    host: HOST,
    get port() {
      return port;
    },
    dir,
    urlFor: (db) => `postgres://postgres@${HOST}:${port}/${db}`,
    async createDatabase(name) {
      if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`not a plain database name: ${name}`);
      const c = new pg.Client({ host: HOST, port, user: 'postgres', database: 'postgres' });
      await c.connect();
      try {
        await c.query(`create database "${name}"`);
      } finally {
        await c.end();
      }
      return cluster.urlFor(name);
    },
    postmasterPid,
    async stop() {
      if (stopped) return;
      stopped = true;
      lastPid = postmasterPid();
      try {
        if (lastPid !== undefined) await run(bin, 'pg_ctl', ['-D', data, 'stop', '-m', 'fast', '-w', '-t', String(STOP_LIMIT_S)], dir);
        await waitGone(lastPid, STOP_LIMIT_S * 1000, killHard);
      } catch {
        killHard();
        await waitGone(lastPid, STOP_LIMIT_S * 1000, () => {});
      } finally {
        rmSync(dir, { recursive: true, force: true });
        watchdog.dismiss();
      }
    },
    async stopImmediate() {
      if (stopped) throw new Error('the cluster was stopped for good');
      lastPid = postmasterPid();
      try {
        await run(bin, 'pg_ctl', ['-D', data, 'stop', '-m', 'immediate', '-w', '-t', String(STOP_LIMIT_S)], dir);
      } catch {
        killHard();
      }
      await waitGone(lastPid, STOP_LIMIT_S * 1000, killHard);
    },
    async start() {
      if (stopped) throw new Error('the cluster was stopped for good');
      await pgCtlStart();
    },
  };
  return cluster;
}

/** One cluster for a test file: started before its tests, stopped after them (even when one failed). */
export function usePgCluster(): () => PgCluster {
  let cluster: PgCluster | undefined;
  beforeAll(async () => {
    cluster = await startPgCluster();
  }, 180_000);
  afterAll(async () => {
    await cluster?.stop();
  }, 180_000);
  return () => {
    if (!cluster) throw new Error('the PostgreSQL cluster is not running (usePgCluster starts it in beforeAll)');
    return cluster;
  };
}
