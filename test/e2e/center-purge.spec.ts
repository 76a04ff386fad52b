import type { Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPgCluster, type PgCluster } from '../support/pg-cluster';
import { DEMO_DATE, expect, test } from './desk-fixture';

/*
 * #19 REP-3 on a joined desk: the Data screen's retention check also says what the same cutoff
 * would remove at the center. The desk's clock is months after the demo day, so the center's
 * working copy of that day (center init --from) is past retention.
 */

const SERVE_BUNDLE = join(process.cwd(), 'out/main/serve.js');
const CLOCK = '2027-04-01T09:00:00+08:00';
const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
const cli = (args: string[]) => spawnSync(tsx, ['electron/cli/index.ts', ...args], { encoding: 'utf8' });

async function serveJoined(dbPath: string, url: string, desk: string): Promise<{ url: string; child: ChildProcess }> {
  if (!existsSync(SERVE_BUNDLE)) throw new Error(`No ${SERVE_BUNDLE}: run "npx electron-vite build" before the e2e tests.`);
  const child = spawn(process.execPath, [SERVE_BUNDLE, '--db', dbPath, '--clock', CLOCK, '--center', url, '--desk', desk], { stdio: ['ignore', 'pipe', 'pipe'] });
  const deskUrl = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /DESK_URL=(\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`browser mode exited ${code}: ${out}`)));
  });
  return { url: deskUrl, child };
}

async function signIn(page: Page, url: string, username: string, password: string) {
  await page.goto(url);
  await page.getByLabel(/用户名|User name/).fill(username);
  await page.getByLabel(/密码|Password/).fill(password);
  await page.getByRole('button', { name: /登录|Sign in/ }).click();
  await expect(page.getByTestId('operator-badge')).toBeVisible();
}

test.describe('#19 REP-3 retention on a joined desk', () => {
  let cluster: PgCluster;
  let dir: string;
  const children: ChildProcess[] = [];

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    cluster = await startPgCluster();
    dir = mkdtempSync(join(tmpdir(), 'exam-desk-e2e-center-purge-'));
  });

  test.afterAll(async () => {
    for (const c of children) {
      c.kill('SIGTERM');
      if (c.exitCode === null) await new Promise((r) => c.once('exit', r));
    }
    await cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the retention check of a joined desk says what the center would remove with the same cutoff (REP-3)', async ({ browser }) => {
    const day = join(dir, 'day.sqlite');
    expect(cli(['demo', '--db', day, '--date', DEMO_DATE]).status).toBe(0);
    const url = await cluster.createDatabase('e2e_center_purge');
    const init = cli(['center', 'init', '--url', url, '--from', day]);
    expect(init.status, init.stderr).toBe(0);
    const a = await serveJoined(join(dir, 'a', 'desk.sqlite'), url, 'A');
    children.push(a.child);

    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, a.url, 'manager', 'demo-manager-1');
    await page.getByTestId('nav-data').click();
    const line = page.getByTestId('purge-center');
    await expect(line).toContainText('考点服务器（同一截止时间）：0 条准入记录、0 条已处理的冲突、1 份当日数据副本可清除');
    await expect(page.getByTestId('purge-start')).toBeEnabled();
    await line.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/center-purge-zh.png' });
    await page.locator('header').getByText('English', { exact: true }).click();
    await expect(line).toContainText('Center server (same cutoff): admissions 0, resolved conflicts 0, working copies of the day 1 can be purged; open conflicts kept for the manager: 0.');
    await line.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/center-purge-en.png' });
  });
});
