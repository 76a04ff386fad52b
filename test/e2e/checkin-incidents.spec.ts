import { readFileSync } from 'node:fs';
import { expect, signIn, test } from './desk-fixture';
import { openCheckin, scan } from './scan-helpers';

test.use({ clock: '2026-12-05T09:40:00+08:00' }); // past the 09:00 sessions' check-in cut-off (DAY-1)

test('a proctor records a disputed late arrival (DAY-1) from the check-in panel and sees it among the session’s open incidents; a manager exports it beside the ID log', async ({ page, desk }) => {
  const p = desk.morning[0]!;
  await signIn(page, desk, 'proctor1', 'demo-proctor-1');
  await openCheckin(page);
  await scan(page, p.admissionCode);
  await expect(page.getByTestId('panel-name')).toContainText(p.name);
  const panel = page.getByTestId('checkin-incidents');
  await expect(panel).toContainText(p.name);
  await expect(page.getByTestId('checkin-incidents-none')).toBeVisible();
  // The time is the desk's clock until changed; the kind starts at a disputed late arrival.
  await expect(page.getByTestId('checkin-incident-time')).toHaveValue('09:40');
  await expect(page.getByTestId('checkin-incident-kind')).toHaveValue('迟到争议');
  await page.getByTestId('checkin-incident-time').fill('09:38');
  await page.getByTestId('checkin-incident-text').fill('考生称地铁延误，对签到截止（DAY-1）有异议，已告知可向主办方申诉');
  // Keyboard: Enter in the text field records it.
  await page.getByTestId('checkin-incident-text').press('Enter');
  const row = page.getByTestId('checkin-incident-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('09:38');
  await expect(row).toContainText('迟到争议 (DAY-1)');
  await expect(row).toContainText(p.name);
  await expect(page.getByTestId('checkin-incident-text')).toHaveValue('');
  await page.screenshot({ path: 'test-results/checkin-incidents-zh.png', fullPage: true });
  await page.getByText('English').click();
  await expect(row).toContainText('Disputed late arrival (DAY-1)');
  await expect(panel).toContainText('Open incidents of this session');
  await page.screenshot({ path: 'test-results/checkin-incidents-en.png', fullPage: true });

  // A manager exports the day's incidents beside the ID log: the row is in the CSV, without a document number.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, desk, 'manager', 'demo-manager-1');
  await page.getByTestId('nav-idlog').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('idlog-export-incidents').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('SZ-NS-01-2026-12-05-incidents.csv');
  const csv = readFileSync((await file.path())!, 'utf8');
  expect(csv).toContain('occurred_at_local,session,room,candidate_name,admission_code,kind,rule_id');
  expect(csv).toContain('2026-12-05 09:38,2026-12-05 09:00,');
  expect(csv).toContain(`,${p.name},${p.admissionCode},late-arrival,DAY-1,`);
  expect(csv).not.toContain(p.idNumber);
});
