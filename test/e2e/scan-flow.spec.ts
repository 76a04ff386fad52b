import { expect, signIn, test } from './desk-fixture';
import { KeyCounter, openCheckin, scan } from './scan-helpers';

// A fresh demo day per test on a shared, busy machine: generous time, never a short window.
test.describe.configure({ timeout: 300_000 });

test.use({ viewport: { width: 1366, height: 768 } });

test.describe('scan mode at 08:20 before the 09:00 session', () => {
  test('#18.1 a scan after "not found" replaces the previous code instead of being appended', async ({ page, desk }) => {
    const p = desk.morning[0]!;
    await signIn(page, desk);
    await openCheckin(page);
    await scan(page, 'ADMNOSUCH99');
    await expect(page.getByTestId('scan-verdict')).toHaveAttribute('data-outcome', 'not-found');
    await scan(page, p.admissionCode);
    await expect(page.getByTestId('panel-name')).toContainText(p.name);
    await expect(page.getByTestId('checkin-search')).toHaveValue(p.admissionCode);
  });

  test('#18.1 a scan after a duplicate (DAY-8) replaces the previous code; each outcome has its own colour and sound', async ({ page, desk }) => {
    const [a, b] = desk.morning;
    await signIn(page, desk);
    await openCheckin(page);
    await scan(page, a!.admissionCode);
    await expect(page.getByTestId('scan-verdict')).toHaveAttribute('data-outcome', 'admit');
    await expect(page.locator('body')).toHaveAttribute('data-last-scan-sound', 'admit');
    // The verdict word is readable from a step away.
    const size = await page.getByTestId('scan-verdict-word').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(36);
    // The identity form (loaded when a candidate opens) takes the focus; the next scan comes after.
    await expect(page.getByTestId('idcheck-number')).toBeFocused();
    await scan(page, b!.admissionCode);
    await expect(page.getByTestId('panel-name')).toContainText(b!.name);
    await expect(page.getByTestId('checkin-search')).toHaveValue(b!.admissionCode);
    await expect(page.getByTestId('idcheck-number')).toBeFocused();
    await scan(page, 'ZZZ000ZZZ');
    await expect(page.getByTestId('scan-verdict')).toHaveAttribute('data-outcome', 'not-found');
    await expect(page.locator('body')).toHaveAttribute('data-last-scan-sound', 'not-found');
    const colours = new Set<string>();
    colours.add(await page.getByTestId('scan-verdict').evaluate((el) => getComputedStyle(el).backgroundColor));
    await scan(page, a!.admissionCode);
    await expect(page.getByTestId('scan-verdict')).toHaveAttribute('data-outcome', 'admit');
    colours.add(await page.getByTestId('scan-verdict').evaluate((el) => getComputedStyle(el).backgroundColor));
    expect(colours.size).toBe(2);
  });

  test('a scanner burst while the identity form has the focus opens the next candidate and records nothing', async ({ page, desk }) => {
    const [a, b] = desk.morning;
    await signIn(page, desk);
    await openCheckin(page);
    await scan(page, a!.admissionCode);
    const number = page.getByTestId('idcheck-number');
    await expect(number).toBeFocused();
    // A person starts typing the number, then the next candidate's ticket is scanned.
    const person = new KeyCounter(page);
    await person.type('11');
    await expect(number).toHaveValue('11');
    // (End: a key that is not a character ends the person's run, as the seconds before a scan do.)
    await person.press('End');
    await scan(page, b!.admissionCode);
    await expect(page.getByTestId('panel-name')).toContainText(b!.name);
    await expect(page.getByTestId('checkin-search')).toHaveValue(b!.admissionCode);
    await scan(page, a!.admissionCode);
    await expect(page.getByTestId('panel-name')).toContainText(a!.name);
    await expect(page.getByTestId('identity-status')).toContainText('今天尚未核验证件');
  });

  test('the sound can be muted and the choice is remembered after a reload', async ({ page, desk }) => {
    const p = desk.morning[0]!;
    await signIn(page, desk);
    await openCheckin(page);
    await page.getByTestId('sound-toggle').click();
    await expect(page.getByTestId('sound-toggle')).not.toBeChecked();
    await page.reload();
    await openCheckin(page);
    await expect(page.getByTestId('sound-toggle')).not.toBeChecked();
    await scan(page, p.admissionCode);
    await expect(page.getByTestId('scan-verdict')).toHaveAttribute('data-outcome', 'admit');
    await expect(page.locator('body')).not.toHaveAttribute('data-last-scan-sound', /.+/);
  });

  test('#18.2 the guided sequence by keyboard: at most 12 keystrokes per admission with the document reader, all within 1366×768', async ({ page, desk }) => {
    const p = desk.morning[0]!;
    await signIn(page, desk);
    await openCheckin(page);
    const keys = new KeyCounter(page);
    await scan(page, p.admissionCode);
    await expect(page.getByTestId('scan-verdict')).toHaveAttribute('data-outcome', 'admit');
    // The document reader types the number and Enter: it fills the field and moves on.
    await expect(page.getByTestId('idcheck-number')).toBeFocused();
    await scan(page, p.idNumber);
    await expect(page.getByTestId('idcheck-expiry')).toBeFocused();
    await expect(page.getByTestId('idcheck-number')).toHaveValue(p.idNumber);
    await keys.type('20340630');
    await keys.press('Enter');
    await expect(page.getByTestId('idcheck-confirm-all')).toBeFocused();
    await page.screenshot({ path: 'test-results/scan-sequence-document-zh.png' });
    await keys.press('Enter');
    await expect(page.getByTestId('identity-status')).toContainText('证件核验通过');
    await expect(page.getByTestId('belongings-button')).toBeFocused();
    await keys.press('Enter');
    await expect(page.getByTestId('admit-button')).toBeFocused();
    const box = await page.getByTestId('admit-button').boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(768);
    await page.screenshot({ path: 'test-results/scan-sequence-belongings-zh.png' });
    await keys.press('Enter');
    await expect(page.getByTestId('admit-result')).toHaveAttribute('data-status', 'admitted');
    await expect(page.getByTestId('seat-banner')).toBeVisible();
    await expect(page.getByTestId('checkin-search')).toBeFocused();
    await page.screenshot({ path: 'test-results/scan-sequence-admitted-zh.png' });
    const scroll = await page.evaluate(() => ({ h: document.scrollingElement!.scrollHeight, v: window.innerHeight }));
    expect(scroll.h).toBeLessThanOrEqual(scroll.v);
    console.log(`KEYSTROKES_PER_ADMISSION=${keys.count}`);
    expect(keys.count).toBeLessThanOrEqual(12);
  });

  test('#18.2 Tab leaves the scan field and follows the sequence: number, expiry', async ({ page, desk }) => {
    const p = desk.morning[1]!;
    await signIn(page, desk);
    await openCheckin(page);
    await scan(page, p.admissionCode);
    await expect(page.getByTestId('idcheck-number')).toBeFocused();
    await page.getByTestId('checkin-search').focus();
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('checkin-search')).not.toBeFocused();
    await expect(page.getByTestId('checkin-search')).toHaveValue(p.admissionCode);
    await page.getByTestId('idcheck-number').focus();
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('idcheck-expiry')).toBeFocused();
  });
});
