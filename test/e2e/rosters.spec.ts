import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, signIn, test } from './desk-fixture';

test('a manager previews the paper fallback pack and saves it as a PDF that reads in Chinese with masked numbers', async ({ page, desk }) => {
  await signIn(page, desk, 'manager', 'demo-manager-1');
  await page.getByTestId('nav-rosters').click();
  await page.getByTestId('roster-pack').click();
  await expect(page.getByTestId('roster-doc-roster')).toBeChecked();
  await expect(page.getByTestId('roster-doc-results')).not.toBeChecked();
  await page.getByTestId('roster-preview-button').click();
  await expect(page.getByTestId('roster-pages')).toContainText(/共 \d+ 页/);
  await expect(page.getByTestId('roster-parts')).toContainText('座位图');
  // The preview shows the same pages: the first candidate of the morning is on one of them.
  const p = desk.morning[0]!;
  await expect(page.getByTestId('roster-preview').locator('.page').first()).toContainText('考场名单');
  await expect(page.getByTestId('roster-preview').locator('.page', { hasText: p.name }).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/rosters-preview-zh.png', fullPage: false });
  await page.getByTestId('roster-preview').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/rosters-preview-pages-zh.png', fullPage: false });

  const download = page.waitForEvent('download');
  await page.getByTestId('roster-pdf').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('SZ-NS-01-2026-12-05-documents.pdf');
  await expect(page.getByTestId('roster-done')).toContainText('审计日志');
  const path = (await file.path())!;
  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  expect(text).toContain(p.name);
  expect(text).toContain(`****${p.idNumber.slice(-4)}`);
  expect(text.replace(/\s+/g, '')).not.toMatch(/\d{17}[\dX]/);
  expect(text).toContain('证件核验登记表');
});

test('printing to a printer is offered only where printers exist; in browser mode the screen says to save the PDF', async ({ page, desk }) => {
  await signIn(page, desk, 'manager', 'demo-manager-1');
  await page.getByTestId('nav-rosters').click();
  await expect(page.getByText('浏览器模式下无法直接连接打印机')).toBeVisible();
  await expect(page.getByTestId('roster-print')).toHaveCount(0);
  await page.getByRole('button', { name: '清空' }).click();
  await expect(page.getByTestId('roster-pdf')).toBeDisabled();
});

test('from the ID log a manager saves the day’s log as CSV for the sponsor and as a PDF', async ({ page, desk }) => {
  await signIn(page, desk, 'manager', 'demo-manager-1');
  await page.getByTestId('nav-idlog').click();
  const csv = page.waitForEvent('download');
  await page.getByTestId('idlog-export-csv').click();
  expect((await csv).suggestedFilename()).toBe('SZ-NS-01-2026-12-05-idchecks.csv');
  const pdf = page.waitForEvent('download');
  await page.getByTestId('idlog-export-pdf').click();
  const file = await pdf;
  expect(file.suggestedFilename()).toBe('SZ-NS-01-2026-12-05-idlog.pdf');
  const text = execFileSync('pdftotext', ['-layout', (await file.path())!, '-'], { encoding: 'utf8' });
  expect(text).toContain('当日证件核验记录');
});
