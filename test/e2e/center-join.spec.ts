import type { Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { startPgCluster, type PgCluster } from '../support/pg-cluster';
import { expect, signIn, test } from './desk-fixture';

/*
 * #19 end to end: a desk that works alone joins a PostgreSQL center from Settings → Center server
 * (the manager types the address, the desk's name and the password apart), the header badge says the
 * desk is online, then the manager leaves after a confirmation naming the center, and the panel says
 * the desk works alone again.
 */

const tsx = join(process.cwd(), 'node_modules/.bin/tsx');

const language = (page: Page, name: '中文' | 'English') => page.locator('header').getByText(name, { exact: true }).click();

test.describe('#19 a manager joins and leaves the center from Settings', () => {
  let cluster: PgCluster;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    cluster = await startPgCluster();
  });

  test.afterAll(async () => {
    await cluster?.stop();
  });

  test('a lone desk joins from the Center server panel (badge online), leaves after the confirmation, and works alone again', async ({ page, desk }) => {
    const url = await cluster.createDatabase('e2e_join');
    const init = spawnSync(tsx, ['electron/cli/index.ts', 'center', 'init', '--url', url], { encoding: 'utf8' });
    expect(init.status, init.stderr).toBe(0);
    const server = url;

    await page.setViewportSize({ width: 1366, height: 768 });
    await signIn(page, desk, 'manager', 'demo-manager-1');
    await expect(page.getByTestId('operator-badge')).toBeVisible();
    await expect(page.getByTestId('center-badge')).toHaveCount(0);
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('tab-centerlink').click();
    await expect(page.getByTestId('centerlink-alone')).toBeVisible();
    await expect(page.getByTestId('centerlink-join-url')).toBeFocused();
    await page.screenshot({ path: 'test-results/center-join-alone-zh.png' });
    await language(page, 'English');
    await expect(page.getByTestId('centerlink-join-form')).toContainText('PGPASSWORD');
    await page.screenshot({ path: 'test-results/center-join-alone-en.png' });

    // Keyboard only: the address, Tab to the name, Enter joins.
    const wrong = new URL(url);
    wrong.port = '1';
    await page.getByTestId('centerlink-join-url').fill(wrong.toString());
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('centerlink-join-desk')).toBeFocused();
    await page.keyboard.type('north');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('centerlink-join-error')).toContainText(`The center server postgres://postgres@127.0.0.1:${wrong.port}/e2e_join did not answer`);
    await page.screenshot({ path: 'test-results/center-join-refused-en.png' });

    await page.getByTestId('centerlink-join-url').fill(url);
    await page.getByTestId('centerlink-join-password').fill('not-needed-here');
    await page.getByTestId('centerlink-join-desk').press('Enter');
    const badge = page.getByTestId('center-badge');
    await expect(badge).toHaveText('Center connected · desk north');
    await expect(badge).toHaveAttribute('data-online', 'yes');
    await expect(page.getByTestId('centerlink-state')).toContainText(server);
    await expect(page.getByTestId('centerlink-desks')).toContainText('north');
    await page.screenshot({ path: 'test-results/center-join-joined-en.png' });
    await language(page, '中文');
    await expect(badge).toHaveText('中心 已连接 · 台 north');
    await page.screenshot({ path: 'test-results/center-join-joined-zh.png' });

    // Leave: the confirmation names the center; Escape keeps the desk joined.
    await page.getByTestId('centerlink-leave').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(server);
    await expect(dialog).toContainText('north');
    await expect(page.getByTestId('centerlink-leave-confirm')).toBeFocused();
    await page.screenshot({ path: 'test-results/center-join-leave-zh.png', animations: 'disabled' });
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(badge).toHaveAttribute('data-online', 'yes');
    await language(page, 'English');
    await page.getByTestId('centerlink-leave').click();
    await expect(dialog).toContainText(`This desk leaves ${server}`);
    await expect(page.getByTestId('centerlink-leave-confirm')).toBeFocused();
    await page.screenshot({ path: 'test-results/center-join-leave-en.png', animations: 'disabled' });
    await page.getByTestId('centerlink-leave-confirm').click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('centerlink-alone')).toBeVisible();
    await expect(badge).toHaveCount(0);
    await expect(page.getByTestId('centerlink-join-form')).toBeVisible();
  });
});
