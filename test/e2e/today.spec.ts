import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_DATE, expect, signIn, test } from './desk-fixture';

test('the Today dashboard shows the demo day sessions in Chinese, and switching to English changes the labels', async ({ page, desk }) => {
  await signIn(page, desk);
  await expect(page.getByRole('heading', { name: '今日考试' })).toBeVisible();
  await expect(page.getByTestId('center-name')).toContainText('深圳南山考试中心');
  await expect(page.getByTestId('center-name')).toContainText('2026-12-05');
  const rows = page.getByTestId('session-row');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThanOrEqual(4);
  await expect(page.getByTestId('sessions-table')).toContainText('上午');
  await expect(page.getByTestId('sessions-table')).toContainText('下午');
  await expect(page.getByRole('columnheader', { name: '已预约' })).toBeVisible();
  await expect(page.getByTestId('center-clock')).toContainText('2026');
  await expect(page.getByTestId('operator-badge')).toContainText('监考员');
  // Chinese glyphs render from the shipped font, not boxes: the font must be loaded.
  expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans SC"', '今日考试'))).toBe(true);
  await page.screenshot({ path: 'test-results/today-zh.png', fullPage: true });

  await page.getByText('English').click();
  await expect(page.getByRole('heading', { name: "Today's exams" })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Booked' })).toBeVisible();
  await expect(page.getByTestId('center-name')).toContainText('Shenzhen Nanshan');
  await expect(page.getByTestId('nav-checkin')).toContainText('Check-in');
  await page.screenshot({ path: 'test-results/today-en.png', fullPage: true });
});

test('the booked counts on the dashboard are exactly the demo day appointments of the database file, per session and in total', async ({ page, desk }) => {
  // The desk holds its file exclusively: count on a copy (the demo was written and checkpointed before it opened).
  const copy = join(desk.dir, 'counted.sqlite');
  copyFileSync(desk.dbPath, copy);
  const db = new Database(copy, { readonly: true });
  const perSession = db
    .prepare(
      `select s.id, count(a.id) as booked, count(c.id) as checkedIn, coalesce(sum(a.state = 'no-show'), 0) as absent
         from exam_sessions s join rooms r on r.id = s.room_id
         left join appointments a on a.session_id = s.id and a.state not in ('cancelled', 'rescheduled')
         left join check_ins c on c.appointment_id = a.id
        where s.local_date = ? group by s.id order by s.starts_at, r.code`,
    )
    .all(DEMO_DATE) as { id: number; booked: number; checkedIn: number; absent: number }[];
  db.close();
  const sum = (k: 'booked' | 'checkedIn' | 'absent') => perSession.reduce((n, s) => n + s[k], 0);
  const booked = sum('booked');
  expect(booked).toBeGreaterThan(0);

  await signIn(page, desk);
  await expect(page.getByTestId('totals')).toHaveText(`合计：预约 ${booked} 人，已签到 ${sum('checkedIn')} 人，缺考 ${sum('absent')} 人`);
  const rows = page.getByTestId('session-row');
  await expect(rows).toHaveCount(perSession.length);
  for (const [i, s] of perSession.entries()) {
    // The "booked" column (4th) of each session, in the dashboard's order.
    await expect(rows.nth(i).locator('td').nth(3)).toHaveText(String(s.booked));
    await expect(rows.nth(i).locator('td').nth(4)).toHaveText(String(s.checkedIn));
  }
});

test('a wrong password is refused with a message and nothing of the desk is shown', async ({ page, desk }) => {
  await signIn(page, desk, 'proctor1', 'not-the-password');
  await expect(page.getByRole('alert')).toContainText('用户名或密码错误');
  await expect(page.getByTestId('sessions-table')).toHaveCount(0);
});

test('the dashboard pictures show admissions per 5 minutes against the windows and rooms filling up', async ({ page, desk }) => {
  const p = desk.morning[0]!;
  await signIn(page, desk);
  await page.getByTestId('nav-checkin').click();
  const search = page.getByTestId('checkin-search');
  await search.pressSequentially(p.admissionCode, { delay: 5 });
  await search.press('Enter');
  const form = page.getByTestId('idcheck-form');
  await form.getByTestId('idcheck-number').fill(p.idNumber);
  await form.getByTestId('idcheck-expiry').fill('2034-06-30');
  await form.getByTestId('idcheck-original').check();
  await form.getByTestId('idcheck-photo-matches').check();
  await form.getByText(/^通过$/).click();
  await form.getByTestId('idcheck-submit').click();
  await expect(page.getByTestId('identity-status')).toContainText('证件核验通过');
  await page.getByTestId('belongings-button').click();
  await page.getByTestId('admit-button').click();
  await expect(page.getByTestId('admit-result')).toHaveAttribute('data-status', 'admitted');

  await page.getByTestId('nav-today').click();
  const pictures = page.getByTestId('day-pictures');
  await expect(pictures).toBeVisible();
  await expect(pictures).toContainText('入场人数（每 5 分钟）');
  await expect(pictures).toContainText('各考场入场进度');
  await expect(pictures.locator('.recharts-bar-rectangle path').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/today-pictures-zh.png', fullPage: true });
});

test('a manager is told on the dashboard that the working-day calendar has no 2027 yet, and where to enter it', async ({ page, desk }) => {
  await signIn(page, desk, 'manager', 'demo-manager-1');
  const gap = page.getByTestId('calendar-gap');
  await expect(gap).toContainText('工作日历缺少 2027 年');
  await expect(gap).toContainText('工作日历目前只到 2026 年');
  await expect(gap).toContainText('考试规则 → 工作日历');
  await expect(page.getByTestId('session-row').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/today-calendar-gap.png', fullPage: true });
});
