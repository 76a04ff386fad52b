import type { Page } from '@playwright/test';
import { type ChildProcess, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPgCluster, type PgCluster } from '../support/pg-cluster';
import { DEMO_DATE, expect, serveDesk, signIn as signInAt, test } from './desk-fixture';

/*
 * #19 REP-3 on a joined desk: the Data screen's retention check also says what the same cutoff
 * would remove at the center. The desk's clock is months after the demo day, so the center's
 * working copy of that day (center init --from) is past retention.
 */

const CLOCK = '2027-04-01T09:00:00+08:00';
const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
const cli = (args: string[]) => spawnSync(tsx, ['electron/cli/index.ts', ...args], { encoding: 'utf8' });

/** Browser mode joined to the center as `desk`; resolves with its URL once it prints it. */
const serveJoined = (dbPath: string, url: string, desk: string) => serveDesk(dbPath, CLOCK, { center: url, desk });

/** Signs in through the real sign-in screen and waits for the desk to show the operator. */
async function signIn(page: Page, url: string, username: string, password: string) {
  await signInAt(page, { url }, username, password);
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
