import { expect, signIn, test } from './desk-fixture';

// The browser's own locale is American English here: a native date field would show 12/05/2026.
test.use({ locale: 'en-US' });

test("#16 a day field shows and takes the center's 2026-12-05 in zh-CN and English, typed or picked, not the browser's mm/dd/yyyy", async ({ page, desk }) => {
  await signIn(page, desk, 'manager', 'demo-manager-1');
  await page.getByTestId('nav-seating').click();
  await page.getByTestId('tab-rooms').click();
  const day = page.getByTestId('session-date');
  // A text field the center's way round, not Chromium's locale-following date control.
  await expect(day).toHaveJSProperty('type', 'text');
  await expect(day).toHaveAttribute('placeholder', 'YYYY-MM-DD');

  // zh-CN: typed on the keyboard; the calendar speaks Chinese and closes once the whole day is in.
  // Empty, it opens on focus at the browser's own month (the real date's, whatever day the test
  // runs on: asserting it is not December 2026 failed once that month came).
  const thisMonth = await page.evaluate(() => `${new Date().getFullYear()}年${new Date().getMonth() + 1}月`);
  await day.click();
  await expect(page.getByText(thisMonth)).toBeVisible();
  await day.pressSequentially('2026-12-05');
  await expect(day).toHaveValue('2026-12-05');
  await day.press('Escape');
  await day.click();
  await expect(page.getByText('2026年12月')).toBeVisible();
  await page.screenshot({ path: 'test-results/day-input-zh.png', animations: 'disabled' });
  await day.press('Enter');
  await page.getByTestId('session-room').click();
  await page.getByRole('option').first().click();
  await page.getByTestId('session-start').fill('20:00');
  await page.getByTestId('session-create').click();
  await expect(page.getByTestId('rooms-done')).toContainText('场次已创建');
  await expect(day).toHaveValue('2026-12-05');

  // English: the same day is shown the same way; typed again (eight digits) it is still 2026-12-05.
  await page.getByText('English').click();
  await expect(page.getByTestId('session-create')).toHaveText('Create session');
  await expect(day).toHaveValue('2026-12-05');
  await day.fill('');
  await day.pressSequentially('20261205');
  await day.press('Enter');
  await page.getByTestId('session-start').fill('06:00');
  await expect(day).toHaveValue('2026-12-05');
  await day.click();
  await expect(page.getByText('December 2026')).toBeVisible();
  await page.screenshot({ path: 'test-results/day-input-en.png', animations: 'disabled' });
  await day.press('Escape');
  await page.getByTestId('session-create').click();
  await expect(page.getByTestId('rooms-done')).toContainText('Session created');
});

test('#16 a day that does not exist is named on its field by the shared schema and nothing is created', async ({ page, desk }) => {
  await signIn(page, desk, 'manager', 'demo-manager-1');
  await page.getByTestId('nav-seating').click();
  await page.getByTestId('tab-rooms').click();
  await page.getByTestId('session-create').click();
  // Nothing chosen: the room and the day are named on their fields, in the operator's language.
  const form = page.getByTestId('session-date').locator('xpath=ancestor::div[contains(@class, "mantine-Group-root")][1]');
  await expect(form).toContainText('必填。');
  await expect(form).toContainText('须为存在的日期，格式 YYYY-MM-DD。');
  await expect(page.getByTestId('rooms-done')).toHaveCount(0);
  await expect(page.getByTestId('rooms-error')).toHaveCount(0);
});

test('#16 the operators form names a short username and password on their fields (shared schema) and creates nobody', async ({ page, desk }) => {
  await signIn(page, desk, 'manager', 'demo-manager-1');
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('new-username').fill('a');
  await page.getByTestId('new-name').fill('短名');
  await page.getByTestId('new-password').fill('short');
  await page.getByTestId('new-create').click();
  const username = page.getByTestId('new-username');
  await expect(username).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('至少 2 个字符。')).toBeVisible();
  await expect(page.getByText('至少 8 个字符。')).toBeVisible();
  await page.screenshot({ path: 'test-results/operators-form-zh.png' });
  await expect(page.getByTestId('operators-done')).toHaveCount(0);
  await expect(page.getByTestId('operators-table')).not.toContainText('短名');
  // Fixed, the same form creates the operator.
  await username.fill('duan');
  await page.getByTestId('new-password').fill('proctor-pass-9');
  await page.getByTestId('new-create').click();
  await expect(page.getByTestId('operators-done')).toContainText('短名');
  await expect(page.getByTestId('operators-table')).toContainText('duan');
});
