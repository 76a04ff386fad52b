import { execFile, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

// The processes behind test/support/pg-cluster.ts: PostgreSQL's binaries run as `postgres`, and a
// watchdog that stops a cluster whose test process died without stopping it.

/** The folder with initdb/pg_ctl: EXAM_DESK_PG_BIN, else the newest /usr/lib/postgresql/<version>/bin. Tests fail, never skip, without it. */
export function findPgBin(): string {
  const fromEnv = process.env.EXAM_DESK_PG_BIN;
  const notInstalled = (where: string) => new Error(`PostgreSQL is not installed: apt-get install postgresql (no initdb in ${where}; EXAM_DESK_PG_BIN may name the folder holding initdb and pg_ctl)`);
  if (fromEnv) {
    if (!existsSync(join(fromEnv, 'initdb'))) throw notInstalled(fromEnv);
    return fromEnv;
  }
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => /^\d+(\.\d+)?$/.test(v) && existsSync(join(root, v, 'bin', 'initdb'))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (versions.length === 0) throw notInstalled(`${root}/*/bin`);
  return join(root, versions[0]!, 'bin');
}

export const asRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** initdb and postgres refuse root: as root (here and in CI) they run as `postgres` through runuser. */
export function pgCommand(bin: string, tool: string, args: string[]): [string, string[]] {
  const exe = join(bin, tool);
  return asRoot() ? ['runuser', ['-u', 'postgres', '--', exe, ...args]] : [exe, args];
}

export function runPg(bin: string, tool: string, args: string[], cwd: string): Promise<void> {
  const [file, argv] = pgCommand(bin, tool, args);
  return new Promise((resolve, reject) => {
    execFile(file, argv, { cwd, env: { ...process.env, LC_ALL: 'C', LANG: 'C' } }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${tool} ${args.join(' ')} failed: ${err.message}\n${stdout}\n${stderr}`.trim(), { cause: err }));
      else resolve();
    });
  });
}

/** Whether a process still runs (a zombie waiting for its parent to reap it counts as gone). */
export function processAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    if (existsSync('/proc/self/stat')) return false;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/** Waits (bounded) until a process is gone; `onLimit` runs if it is still there at the limit. */
export async function waitGone(pid: number | undefined, limitMs: number, onLimit: () => void): Promise<void> {
  if (pid === undefined) return;
  const deadline = Date.now() + limitMs;
  while (processAlive(pid)) {
    if (Date.now() > deadline) {
      onLimit();
      return;
    }
    await sleep(50);
  }
}

/**
 * A detached shell that holds a pipe from this process: a line on it means "stopped properly, exit";
 * the pipe closing without one (the test process exited, crashed, was interrupted or SIGKILLed) means
 * stop the cluster immediately and remove its folder. No polling; its own session, so Ctrl-C in a
 * terminal does not reach it.
 */
export function startWatchdog(bin: string, dataDir: string, dir: string): { dismiss(): void } {
  const [file, argv] = pgCommand(bin, 'pg_ctl', ['-D', dataDir, 'stop', '-m', 'immediate', '-w', '-t', '60']);
  const script = 'if read -r _; then exit 0; fi; "$@" >/dev/null 2>&1; rm -rf -- "$EXAM_DESK_PG_DIR"';
  const child = spawn('sh', ['-c', script, 'exam-desk-pg-watchdog', file, ...argv], {
    detached: true,
    cwd: dir,
    stdio: ['pipe', 'ignore', 'ignore'],
    env: { ...process.env, EXAM_DESK_PG_DIR: dir },
  });
  child.on('error', () => {});
  child.stdin.on('error', () => {});
  child.unref();
  (child.stdin as unknown as { unref?: () => void }).unref?.();
  return {
    dismiss: () => {
      if (!child.stdin.destroyed) child.stdin.end('stopped\n');
    },
  };
}
