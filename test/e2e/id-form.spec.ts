import { expect, signIn, test, type DemoPerson } from './desk-fixture';
import { openCheckin, scan } from './scan-helpers';

// A fresh demo day per test on a shared, busy machine: generous time, never a short window.
test.describe.configure({ timeout: 300_000 });

test.use({ viewport: { width: 1366, height: 768 } });

/** The same 18-digit number with a wrong last (check) digit. */
function wrongCheckDigit(p: DemoPerson): string {
  const last = p.idNumber.slice(-1);
  return p.idNumber.slice(0, -1) + (last === '0' ? '1' : '0');
}

test.describe('identity form at 08:20 (#18.3)', () => {
  test('#18.3 DAY-3 a wrong check digit from the reader is named on the field, kept, and Enter records nothing', async ({ page, desk }) => {
    const p = desk.morning[0]!;
    await signIn(page, desk);
    await openCheckin(page);
    await scan(page, p.admissionCode);
    const number = page.getByTestId('idcheck-number');
    await expect(number).toBeFocused();
    await scan(page, wrongCheckDigit(p));
    await expect(page.getByTestId('idcheck-form')).toContainText('校验码');
    await expect(number).toHaveValue(wrongCheckDigit(p));
    await expect(number).toBeFocused();
    await expect(page.getByTestId('idcheck-submit')).toBeDisabled();
    await expect(page.getByTestId('idcheck-refuse')).toHaveCount(0);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('identity-status')).toContainText('今天尚未核验证件');
    await page.screenshot({ path: 'test-results/id-form-check-digit-zh.png' });
  });

  test('#18.3 Enter in the number field moves to the expiry and never submits the half-filled form', async ({ page, desk }) => {
    const p = desk.morning[1]!;
    await signIn(page, desk);
    await openCheckin(page);
    await scan(page, p.admissionCode);
    await expect(page.getByTestId('idcheck-number')).toBeFocused();
    await scan(page, p.idNumber);
    await expect(page.getByTestId('idcheck-expiry')).toBeFocused();
    // The missing expiry is named (DAY-3) and nothing can be recorded yet.
    await expect(page.getByTestId('idcheck-form')).toContainText('未填写有效期');
    await expect(page.getByTestId('idcheck-submit')).toBeDisabled();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('idcheck-expiry')).toBeFocused();
    await expect(page.getByTestId('identity-status')).toContainText('今天尚未核验证件');
  });

  test('#18.3 DAY-3 DAY-4 an expired document and a name matching neither the name nor its pinyin are named before submit; a refusal is recorded only by its own button', async ({ page, desk }) => {
    const p = desk.morning[2]!;
    await signIn(page, desk);
    await openCheckin(page);
    await scan(page, p.admissionCode);
    await expect(page.getByTestId('idcheck-number')).toBeFocused();
    await scan(page, p.idNumber);
    await expect(page.getByTestId('idcheck-expiry')).toBeFocused();
    await page.keyboard.type('20260131');
    await page.getByTestId('idcheck-name').fill('欧阳娜娜');
    await expect(page.getByTestId('idcheck-name')).toHaveAttribute('data-match', 'mismatch');
    await page.getByTestId('idcheck-confirm-all').click();
    const reasons = page.getByTestId('idcheck-reasons');
    await expect(reasons.locator('[data-field="expiry"]')).toContainText('2026-01-31');
    await expect(reasons.locator('[data-field="name"]')).toContainText('DAY-4');
    await expect(page.getByTestId('idcheck-submit')).toBeDisabled();
    // Confirming the checks recorded nothing: a refusal needs the explicit choice.
    await expect(page.getByTestId('identity-status')).toContainText('今天尚未核验证件');
    await page.screenshot({ path: 'test-results/id-form-reasons-zh.png' });
    await page.getByText('English').click();
    await expect(reasons.locator('[data-field="expiry"]')).toContainText('expired on 2026-01-31');
    await page.screenshot({ path: 'test-results/id-form-reasons-en.png' });
    await page.getByTestId('idcheck-refuse').click();
    await expect(page.getByTestId('identity-status')).not.toContainText('No document checked today');
    await expect(page.getByTestId('scan-verdict')).toHaveAttribute('data-outcome', 'admit');
    await expect(page.getByTestId('admit-button')).toBeDisabled();
    // The number was not cleared by the failed check.
    await expect(page.getByTestId('idcheck-number')).toHaveValue(p.idNumber);
  });

  test('the guided sequence in English at 1366×768: verdict, document, face, belongings, admit, seat', async ({ page, desk }) => {
    const p = desk.morning[3]!;
    await signIn(page, desk);
    await page.getByText('English').click();
    await openCheckin(page);
    await scan(page, p.admissionCode);
    await expect(page.getByTestId('scan-verdict')).toContainText('Admit');
    await expect(page.getByTestId('idcheck-number')).toBeFocused();
    await scan(page, p.idNumber);
    await page.keyboard.type('L');
    await expect(page.getByTestId('idcheck-confirm-all')).toBeFocused();
    await expect(page.getByTestId('idcheck-longterm')).toBeChecked();
    await page.screenshot({ path: 'test-results/scan-sequence-document-en.png' });
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('belongings-button')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('admit-button')).toBeFocused();
    await page.screenshot({ path: 'test-results/scan-sequence-belongings-en.png' });
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('seat-banner')).toBeVisible();
    await page.screenshot({ path: 'test-results/scan-sequence-admitted-en.png' });
    await scan(page, p.admissionCode);
    await expect(page.getByTestId('scan-verdict')).toHaveAttribute('data-outcome', 'duplicate');
    await page.screenshot({ path: 'test-results/scan-duplicate-en.png' });
  });
});
