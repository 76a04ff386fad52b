import { test as base, expect, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Desk {
  url: string;
  dbPath: string;
  dir: string;
}

export const DEMO_DATE = '2026-12-05';

/** Generates a demo database in a fresh folder (per test) and serves it in browser mode. */
async function startDesk(clock: string): Promise<{ desk: Desk; child: ChildProcess; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'exam-desk-e2e-'));
  const dbPath = join(dir, 'demo.sqlite');
  const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
  const demo = spawnSync(tsx, ['electron/cli/index.ts', 'demo', '--db', dbPath, '--date', DEMO_DATE], {
    encoding: 'utf8',
  });
  if (demo.status !== 0) throw new Error(`demo failed: ${demo.stderr}`);
  const child = spawn(tsx, ['electron/serve/cli.ts', '--db', dbPath, '--clock', clock, '--desk', 'e2e-desk'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`browser mode did not start: ${out}`)), 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /DESK_URL=(\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`browser mode exited ${code}: ${out}`)));
  });
  return { desk: { url, dbPath, dir }, child, dir };
}

export const test = base.extend<{ desk: Desk; clock: string }>({
  clock: ['2026-12-05T08:20:00+08:00', { option: true }],
  desk: async ({ clock }, use) => {
    const { desk, child, dir } = await startDesk(clock);
    await use(desk);
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  },
});

export { expect };

/** Signs in through the real sign-in screen. */
export async function signIn(page: Page, desk: Desk, username = 'proctor1', password = 'demo-proctor-1') {
  await page.goto(desk.url);
  await page.getByLabel(/用户名|User name/).fill(username);
  await page.getByLabel(/密码|Password/).fill(password);
  await page.getByRole('button', { name: /登录|Sign in/ }).click();
}
