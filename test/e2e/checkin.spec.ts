import type { Page } from '@playwright/test';
import { expect, signIn, test, type DemoPerson } from './desk-fixture';

async function openByScan(page: Page, code: string) {
  const search = page.getByTestId('checkin-search');
  await search.fill('');
  // A USB scanner types the code like a keyboard and ends with Enter.
  await search.pressSequentially(code, { delay: 5 });
  // The desk has found the code (a state, not a pause) before the scanner's Enter opens it.
  await expect(page.getByTestId('checkin-card').first()).toBeVisible();
  await search.press('Enter');
  await expect(page.getByTestId('admission-panel')).toBeVisible();
}

async function recordIdCheck(page: Page, p: DemoPerson, opts: { expiry?: string; photo?: boolean } = {}) {
  const form = page.getByTestId('idcheck-form');
  await form.getByTestId('idcheck-number').fill(p.idNumber);
  await form.getByTestId('idcheck-expiry').fill(opts.expiry ?? '2034-06-30');
  await form.getByTestId('idcheck-original').check();
  await form.getByTestId('idcheck-photo-matches').check();
  await form.getByText(/^通过$/).click();
  if (opts.photo) {
    await form.getByTestId('camera-start').click();
    await expect(form.getByTestId('camera-video')).toBeVisible();
    await form.getByTestId('camera-capture').click();
    await expect(form.getByTestId('photo-preview')).toBeVisible();
  }
  await form.getByTestId('idcheck-submit').click();
}

test.describe('check-in desk at 08:20 before the 09:00 session', () => {
  test('DAY-8 a scanned code + Enter admits after the identity check; a second scan shows who admitted and when', async ({ page, desk }) => {
    const p = desk.morning[0]!;
    await signIn(page, desk);
    await page.getByTestId('nav-checkin').click();
    await openByScan(page, p.admissionCode);
    await expect(page.getByTestId('panel-name')).toContainText(p.name);
    await expect(page.getByTestId('verdict-admission')).toHaveAttribute('data-outcome', 'allowed');
    await recordIdCheck(page, p, { photo: true });
    await expect(page.getByTestId('identity-status')).toContainText('证件核验通过');
    await page.screenshot({ path: 'test-results/checkin-before-admit-zh.png', fullPage: true });
    await page.getByTestId('belongings-button').click(); // DAY-7 reminder, step 4 of the sequence
    await page.getByTestId('admit-button').click();
    await expect(page.getByTestId('admit-result')).toHaveAttribute('data-status', 'admitted');
    // The verdict refreshed after the admission must not call this very admission a duplicate scan (DAY-8).
    await expect(page.getByTestId('admitted-now')).toContainText('李监考');
    await expect(page.getByTestId('scan-verdict')).not.toContainText('重复扫描');
    await page.screenshot({ path: 'test-results/checkin-admitted-zh.png', fullPage: true });

    await openByScan(page, p.admissionCode);
    await expect(page.getByTestId('already-admitted')).toContainText('李监考');
    await expect(page.getByTestId('admit-button')).toHaveCount(0);
    await page.screenshot({ path: 'test-results/checkin-second-scan-zh.png', fullPage: true });
  });

  test('DAY-3 an expired document is refused at the identity check (recorded with DAY-3 in the ID log) and the candidate cannot be admitted', async ({ page, desk }) => {
    const p = desk.morning[1]!;
    await signIn(page, desk);
    await page.goto(`${desk.url.split('#')[0]}#/checkin`);
    await openByScan(page, p.admissionCode);
    const status = page.getByTestId('identity-status');
    await expect(status).toContainText('今天尚未核验证件'); // nothing checked yet: the refusal below comes from the check
    const form = page.getByTestId('idcheck-form');
    await form.getByTestId('idcheck-number').fill(p.idNumber);
    await form.getByTestId('idcheck-expiry').fill('2026-01-31'); // expired before the exam day (2026-12-05)
    await form.getByTestId('idcheck-original').check();
    await form.getByTestId('idcheck-photo-matches').check();
    await form.getByText(/^通过$/).click();
    // The form records the refusal: with its own button where it judges before recording, else with the submit.
    const refuse = form.getByTestId('idcheck-refuse');
    const submit = form.getByTestId('idcheck-submit');
    await expect(refuse.or(submit.and(page.locator(':enabled')))).toBeVisible();
    await ((await refuse.count()) > 0 ? refuse : submit).click();
    await expect(status).toContainText('证件核验未通过');
    await expect(page.getByTestId('admit-button')).toBeDisabled();
    // The ID log holds the refusal under DAY-3.
    await page.getByTestId('nav-idlog').click();
    const row = page.getByTestId('idlog-row').filter({ hasText: p.admissionCode });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('DAY-3');
  });

  test('pinyin and initials find the candidate while typing', async ({ page, desk }) => {
    const p = desk.morning.find((x) => x.pinyinCompact.length >= 6) ?? desk.morning[0]!;
    await signIn(page, desk);
    await page.getByTestId('nav-checkin').click();
    const search = page.getByTestId('checkin-search');
    await search.fill(p.pinyinCompact);
    await expect(page.getByTestId('checkin-results')).toContainText(p.name);
    await search.fill(p.initials);
    await expect(page.getByTestId('checkin-results')).toContainText(p.name);
    await search.fill(p.idNumber.slice(-4));
    await expect(page.getByTestId('checkin-results')).toContainText(p.name);
    // Never the full number on screen: only the last 4.
    expect(await page.locator('body').innerText()).not.toContain(p.idNumber);
    await page.getByText('English').click();
    await expect(page.getByTestId('query-kind')).toContainText('By last 4');
    await page.screenshot({ path: 'test-results/checkin-search-en.png', fullPage: true });
  });
});

test.describe('check-in desk at 08:31', () => {
  test.use({ clock: '2026-12-05T08:31:00+08:00' });

  test('DAY-1 a late arrival is refused with the rule and its reason', async ({ page, desk }) => {
    const p = desk.morning[2]!;
    await signIn(page, desk);
    await page.getByTestId('nav-checkin').click();
    await openByScan(page, p.admissionCode);
    const verdict = page.getByTestId('verdict-admission');
    await expect(verdict).toHaveAttribute('data-outcome', 'refused');
    await expect(verdict).toContainText('DAY-1');
    await expect(page.getByTestId('admit-button')).toBeDisabled();
    await page.screenshot({ path: 'test-results/checkin-late-zh.png', fullPage: true });
  });
});

test.describe('identity-check log', () => {
  test('every identity check and admission is in the log with the operator; a manager verifies the chain', async ({ page, desk }) => {
    const p = desk.morning[3]!;
    await signIn(page, desk, 'manager', 'demo-manager-1');
    await page.getByTestId('nav-checkin').click();
    await openByScan(page, p.admissionCode);
    await recordIdCheck(page, p);
    await page.getByTestId('belongings-button').click(); // DAY-7 reminder, step 4 of the sequence
    await page.getByTestId('admit-button').click();
    await expect(page.getByTestId('admit-result')).toHaveAttribute('data-status', 'admitted');
    await page.getByTestId('nav-idlog').click();
    const rows = page.getByTestId('idlog-row');
    await expect(rows).toHaveCount(2);
    await expect(page.getByTestId('idlog-table')).toContainText(p.name);
    await expect(page.getByTestId('idlog-table')).toContainText('王经理');
    await page.getByTestId('chain-verify').click();
    await expect(page.getByTestId('chain-status').first()).toContainText('完整无误');
    expect(await page.locator('body').innerText()).not.toContain(p.idNumber);
    await page.screenshot({ path: 'test-results/idlog-zh.png', fullPage: true });
  });
});
