import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { DEMO_DATE, expect, serveDesk } from './desk-fixture';

const test = base;
const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
const cli = (args: string[]) => {
  const r = spawnSync(tsx, ['electron/cli/index.ts', ...args], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`desk ${args[0]} failed: ${r.stderr}`);
};

test('#8 a damaged database opens the recovery screen; a manager restores the newest backup and signs in again', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'exam-desk-e2e-'));
  const dbPath = join(dir, 'demo.sqlite');
  cli(['demo', '--db', dbPath, '--date', DEMO_DATE]);
  cli(['backup', '--db', dbPath]);
  // A failing disk overwrites 4 KiB in the middle of the database.
  const fd = openSync(dbPath, 'r+');
  writeSync(fd, Buffer.alloc(4096, 0xab), 0, 4096, 8192);
  closeSync(fd);

  const { url, child } = await serveDesk(dbPath, '2026-12-05T08:20:00+08:00');
  try {
    await page.goto(url);
    const screen = page.getByTestId('recovery-screen');
    await expect(screen).toContainText('数据库文件已损坏，未被打开');
    await expect(page.getByTestId('recovery-backup')).toContainText(/最新的完好备份：\d{4}-\d{2}-\d{2} \d{2}:\d{2}（Asia\/Shanghai）/);
    await page.screenshot({ path: 'test-results/recovery-zh.png', fullPage: true });

    // A proctor cannot restore; the manager can.
    await page.getByTestId('recovery-username').fill('proctor1');
    await page.getByTestId('recovery-password').fill('demo-proctor-1');
    await page.getByTestId('recovery-restore').click();
    await expect(screen).toContainText('用户名或密码错误');
    await page.getByTestId('recovery-username').fill('manager');
    await page.getByTestId('recovery-password').fill('demo-manager-1');
    await page.getByTestId('recovery-restore').click();
    await expect(page.getByTestId('recovery-done')).toContainText('已恢复');
    await page.screenshot({ path: 'test-results/recovery-done-zh.png', fullPage: true });
    expect(readdirSync(dir).some((f) => f.startsWith('demo.sqlite.before-restore-'))).toBe(true);

    await page.getByTestId('recovery-continue').click();
    await page.getByLabel(/用户名|User name/).fill('manager');
    await page.getByLabel(/密码|Password/).fill('demo-manager-1');
    await page.getByRole('button', { name: /登录|Sign in/ }).click();
    await expect(page.getByTestId('nav-data')).toBeVisible();
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  }
});
