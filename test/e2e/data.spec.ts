import { readFileSync } from 'node:fs';
import { expect, signIn, test } from './desk-fixture';

test('a manager exports the day’s attendance as CSV; the file downloads and waits in the outbox until marked sent', async ({ page, desk }) => {
  await signIn(page, desk, 'manager', 'demo-manager-1');
  await page.getByTestId('nav-data').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-run').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('SZ-NS-01-2026-12-05-attendance.csv');
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text).toContain('booking_id');
  expect(text).not.toMatch(/\d{17}[\dX]/);
  await expect(page.getByTestId('export-done')).toContainText('SZ-NS-01-2026-12-05-attendance.csv');
  await expect(page.getByTestId('outbox-table')).toContainText('attendance.csv');
  await page.getByRole('button', { name: '标记为已发送' }).click();
  await expect(page.getByRole('button', { name: '标记为已发送' })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/data-zh.png', fullPage: true });
});

test('a manager backs up now and sees the backup listed; the retention check says what a purge would remove', async ({ page, desk }) => {
  await signIn(page, desk, 'manager', 'demo-manager-1');
  await page.getByTestId('nav-data').click();
  await page.getByTestId('backup-folder').fill(`${desk.dir}/usb-backups`);
  await page.getByTestId('backup-save').click();
  await page.getByTestId('backup-now').click();
  await expect(page.getByTestId('backup-done')).toContainText('exam-desk-SZ-NS-01-');
  await expect(page.getByTestId('backup-list').getByRole('row')).toHaveCount(2);
  await expect(page.getByTestId('purge-report')).toContainText('可清除');
  await page.screenshot({ path: 'test-results/data-backup-zh.png', fullPage: true });
});
