import { expect, signIn, test } from './desk-fixture';

test.use({ clock: '2026-12-05T09:40:00+08:00' }); // the 09:00 sessions are running

test('a proctor records a suspected misconduct (RES-5) for a candidate; a manager closes it with a resolution', async ({ page, desk }) => {
  test.slow(); // a long flow (two operators' sign-ins); not a wait on speed
  await signIn(page, desk, 'proctor1', 'demo-proctor-1');
  await page.getByTestId('nav-incidents').click();
  await expect(page.getByText('当天还没有事件。')).toBeVisible();
  await page.getByTestId('scores-session').click();
  await page.getByRole('option').first().click();
  await page.getByTestId('incident-kind').click();
  await page.getByRole('option', { name: '疑似违纪' }).click();
  await expect(page.getByTestId('incident-rule')).toContainText('RES-5');
  await page.getByTestId('incident-candidate').click();
  const option = page.getByRole('option').first();
  const candidate = (await option.innerText()).split(' ')[0]!;
  await option.click();
  await page.getByTestId('incident-time').fill('09:35');
  await page.getByTestId('incident-text').fill('考生在考试期间使用手机，监考员已制止并拍照留存');
  await page.getByTestId('incident-submit').click();
  await expect(page.getByTestId('incident-done')).toContainText('已记录');
  const row = page.getByTestId('incident-row');
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-state', 'open');
  await expect(row).toContainText(candidate);
  await expect(row).toContainText('RES-5');
  // A proctor records; only a manager closes.
  await expect(page.getByTestId('incident-close')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/incidents-recorded-zh.png', fullPage: true });
  await page.getByRole('button', { name: '退出登录' }).click();

  await signIn(page, desk, 'manager', 'demo-manager-1');
  await page.getByTestId('nav-incidents').click();
  await page.getByTestId('incident-open-only').check();
  await expect(page.getByTestId('incident-row')).toHaveCount(1);
  await page.getByTestId('incident-resolution').fill('已上报主办方，按 RES-5 取消该考生本次成绩');
  await page.getByTestId('incident-close').click();
  // Closed: gone from the open-only list, shown closed with its resolution in the full list.
  await expect(page.getByText('当天还没有事件。')).toBeVisible();
  await page.getByTestId('incident-open-only').uncheck();
  await expect(page.getByTestId('incident-row')).toHaveAttribute('data-state', 'closed');
  await expect(page.getByTestId('incident-row')).toContainText('已上报主办方');
  await page.screenshot({ path: 'test-results/incidents-closed-zh.png', fullPage: true });
  await page.getByText('English').click();
  await expect(page.getByTestId('incident-row')).toContainText('Suspected misconduct');
  await expect(page.getByTestId('incident-row')).toContainText('closed by');
  await page.screenshot({ path: 'test-results/incidents-closed-en.png', fullPage: true });
});
