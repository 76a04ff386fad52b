import { expect, signIn, test } from './desk-fixture';

test('Ctrl+L locks the desk; a wrong password is refused; the right one unlocks where the proctor was', async ({ page, desk }) => {
  await signIn(page, desk);
  await page.getByTestId('nav-checkin').click();
  await expect(page.getByTestId('checkin-search')).toBeVisible();
  await page.keyboard.press('Control+l');
  await expect(page.getByTestId('lock-screen')).toBeVisible();
  await expect(page.getByTestId('lock-screen')).toContainText('李监考');
  await page.screenshot({ path: 'test-results/lock-screen-zh.png' });
  await page.getByTestId('unlock-password').fill('not-the-password');
  await page.getByTestId('unlock-submit').click();
  await expect(page.getByRole('alert')).toContainText('用户名或密码错误');
  await page.getByTestId('unlock-password').fill('demo-proctor-1');
  await page.getByTestId('unlock-submit').click();
  await expect(page.getByTestId('checkin-search')).toBeVisible();
});

test('a proctor changes their password; the old one no longer signs in, the new one does', async ({ page, desk }) => {
  await signIn(page, desk, 'proctor2', 'demo-proctor-2');
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('pw-current').fill('demo-proctor-2');
  await page.getByTestId('pw-next').fill('new-secret-22');
  await page.getByTestId('pw-change').click();
  await expect(page.getByTestId('pw-done')).toBeVisible();
  await page.getByRole('button', { name: '退出登录' }).click();
  await signIn(page, desk, 'proctor2', 'demo-proctor-2');
  await expect(page.getByRole('alert')).toContainText('用户名或密码错误');
  await signIn(page, desk, 'proctor2', 'new-secret-22');
  await expect(page.getByTestId('operator-badge')).toContainText('陈监考');
});

test('a manager reveals one document number with a reason, and the audit screen shows who revealed whose number', async ({ page, desk }) => {
  const p = desk.morning[0]!;
  await signIn(page, desk, 'manager', 'demo-manager-1');
  await page.getByTestId('nav-checkin').click();
  const search = page.getByTestId('checkin-search');
  await search.pressSequentially(p.admissionCode, { delay: 5 });
  await search.press('Enter');
  await expect(page.getByTestId('admission-panel')).toBeVisible();
  await expect(page.getByTestId('admission-panel')).not.toContainText(p.idNumber);
  await page.getByTestId('reveal-start').click();
  await page.getByTestId('reveal-reason').fill('主办方电话核对证件');
  await page.getByTestId('reveal-submit').click();
  await expect(page.getByTestId('revealed-number')).toHaveText(p.idNumber);

  await page.getByTestId('nav-audit').click();
  await page.getByTestId('audit-candidate').fill(p.name);
  await page.getByTestId('audit-search').click();
  const table = page.getByTestId('audit-table');
  await expect(table).toContainText('查看完整证件号码');
  await expect(table).toContainText('candidate.revealDocument');
  await expect(table).toContainText('王经理');
  await expect(table).toContainText('主办方电话核对证件');
  await expect(table).not.toContainText(p.idNumber);
  await page.screenshot({ path: 'test-results/audit-zh.png', fullPage: true });
});

test('no full document number is anywhere in the DOM of the demo day screens', async ({ page, desk }) => {
  // Waits for states, not for time (#14.13): the screen's calls have all been answered and drawn.
  let pending = 0;
  const isIpc = (r: { url(): string }) => r.url().endsWith('/ipc');
  page.on('request', (r) => isIpc(r) && pending++);
  page.on('requestfinished', (r) => isIpc(r) && pending--);
  page.on('requestfailed', (r) => isIpc(r) && pending--);
  // The screen has drawn a frame (so its effects have sent their calls), then every call is answered.
  const settled = async () => {
    await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))));
    await expect.poll(() => pending).toBe(0);
  };
  await signIn(page, desk, 'manager', 'demo-manager-1');
  await expect(page.getByTestId('session-row').first()).toBeVisible();
  const check = async (where: string) => {
    const html = await page.content();
    expect(html.replace(/\s+/g, ''), where).not.toMatch(/\d{17}[\dXx]/);
  };
  await settled();
  await check('today');
  for (const route of ['checkin', 'idlog', 'seating', 'scores', 'data', 'audit', 'settings']) {
    await page.getByTestId(`nav-${route}`).click();
    await expect(page).toHaveURL(new RegExp(`#/${route}$`));
    await settled();
    await check(route);
  }
  await page.getByTestId('nav-checkin').click();
  await settled();
  await page.getByTestId('checkin-search').fill('王');
  // The results are on screen: candidates named 王 (only the last 4 of their numbers).
  await expect(page.getByTestId('checkin-results')).toContainText('王');
  await settled();
  await check('check-in results');
  await page.getByTestId('nav-rosters').click();
  await page.getByRole('button', { name: '全部' }).click();
  await page.getByTestId('roster-preview-button').click();
  await expect(page.getByTestId('roster-pages')).toBeVisible();
  const preview = await page.getByTestId('roster-preview').evaluate((el) => el.shadowRoot?.innerHTML ?? '');
  expect(preview.replace(/\s+/g, '')).not.toMatch(/\d{17}[\dXx]/);
  expect(preview.length).toBeGreaterThan(1000);
});

test('five wrong passwords lock the account: the fifth and then the right password are answered with until when and that a manager can reset it, in Chinese and English (#18.4)', async ({ page, desk }) => {
  // Seven real scrypt checks on a busy machine: a generous bound as a safety net (the steps wait for states).
  test.setTimeout(300_000);
  await page.goto(desk.url);
  const password = page.getByLabel(/密码|Password/);
  const alert = page.getByTestId('sign-in-error');
  // Each answer clears the password field: the test waits for that state, then reads the answer.
  const tryPassword = async (value: string) => {
    await password.fill(value);
    await page.getByRole('button', { name: /登录|Sign in/ }).click();
    await expect(password).toHaveValue('');
  };
  await page.getByLabel(/用户名|User name/).fill('proctor1');
  for (let i = 1; i <= 4; i++) {
    await tryPassword(`wrong-${i}`);
    await expect(alert).toHaveAttribute('data-code', 'BAD_CREDENTIALS');
    await expect(alert).toContainText('用户名或密码错误');
  }
  await tryPassword('wrong-5');
  await expect(alert).toHaveAttribute('data-code', 'LOCKED_OUT');
  await expect(alert).toHaveText(/^密码错误次数过多，该账号已锁定至 \d{4}-\d{2}-\d{2} \d{2}:\d{2}（考点时间）。考点负责人可以在“设置 → 操作员”中为该账号重设密码，立即解除锁定。$/);
  const lockedText = await alert.textContent();
  // The right password during the lockout: the same explanation, not a sign-in or "sign in first".
  await tryPassword('demo-proctor-1');
  await expect(alert).toHaveAttribute('data-code', 'LOCKED_OUT');
  await expect(alert).toHaveText(lockedText!);
  await expect(page.getByTestId('operator-badge')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/lockout-zh.png' });
  await page.getByText('English').click();
  await expect(alert).toHaveText(/^Too many wrong passwords: this account is locked until \d{4}-\d{2}-\d{2} \d{2}:\d{2} \(center time\)\. A manager can reset its password under Settings → Operators to unlock it now\.$/);
  await page.screenshot({ path: 'test-results/lockout-en.png' });
});

test('five wrong passwords on the lock screen lock the account: the desk returns to the sign-in form, which says until when, never "sign in first" (#18.4)', async ({ page, desk }) => {
  // Seven real scrypt checks on a busy machine: a generous bound as a safety net (the steps wait for states).
  test.setTimeout(300_000);
  await signIn(page, desk);
  await expect(page.getByTestId('operator-badge')).toBeVisible();
  await page.keyboard.press('Control+l');
  const unlock = page.getByTestId('unlock-password');
  for (let i = 1; i <= 4; i++) {
    await unlock.fill(`wrong-${i}`);
    await page.getByTestId('unlock-submit').click();
    await expect(unlock).toHaveValue('');
    await expect(page.getByRole('alert')).toContainText('用户名或密码错误');
  }
  await unlock.fill('wrong-5');
  await page.getByTestId('unlock-submit').click();
  await expect(page.getByTestId('lock-screen')).toHaveCount(0);
  const alert = page.getByTestId('sign-in-error');
  await expect(alert).toHaveAttribute('data-code', 'LOCKED_OUT');
  await expect(alert).toContainText(/该账号已锁定至 \d{4}-\d{2}-\d{2} \d{2}:\d{2}（考点时间）/);
  await page.getByLabel(/用户名|User name/).fill('proctor1');
  await page.getByLabel(/密码|Password/).fill('demo-proctor-1');
  await page.getByRole('button', { name: /登录|Sign in/ }).click();
  await expect(page.getByLabel(/密码|Password/)).toHaveValue('');
  await expect(alert).toHaveAttribute('data-code', 'LOCKED_OUT');
  await expect(alert).toContainText('考点负责人可以在“设置 → 操作员”中为该账号重设密码');
});
