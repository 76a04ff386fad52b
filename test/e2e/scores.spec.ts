import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, signIn, test, type Desk } from './desk-fixture';

test.use({ clock: '2026-12-08T10:00:00+08:00' }); // three days after the exam: theory results are due (RES-2)

async function openSheet(page: Page) {
  await page.getByTestId('nav-scores').click();
  await page.getByLabel(/考试日期|Exam date/).fill('2026-12-05');
  await page.getByTestId('scores-session').click();
  await page.getByRole('option').first().click();
  await expect(page.getByTestId('score-row').first()).toBeVisible();
}

/**
 * REP-1 figures computed from the data: registered from the database file (a copy: the desk holds
 * the file), attended and passed from the released scores of the given admission codes.
 */
function expectedStats(desk: Desk, scored: { code: string; score: number }[]) {
  const copy = join(desk.dir, 'rep1.sqlite');
  copyFileSync(desk.dbPath, copy);
  const db = new Database(copy, { readonly: true });
  try {
    const info = db.prepare(
      `select a.session_id as sessionId, s.code, sp.pass_score as pass from appointments a join subjects s on s.id = a.subject_id
         join subject_parts sp on sp.subject_id = s.id and sp.part = 'theory' where a.admission_code = ?`,
    );
    const rows = scored.map((x) => ({ ...x, ...(info.get(x.code) as { sessionId: number; code: string; pass: number }) }));
    const registered = db
      .prepare(
        `select s.code, count(*) as n from appointments a join subjects s on s.id = a.subject_id
          where a.session_id = ? and a.state not in ('cancelled', 'rescheduled') group by s.code order by s.code`,
      )
      .all(rows[0]!.sessionId) as { code: string; n: number }[];
    return registered.map(({ code, n }) => {
      const mine = rows.filter((r) => r.code === code);
      const passed = mine.filter((r) => r.score >= r.pass).length;
      const rate = mine.length ? ((passed / mine.length) * 100).toFixed(1) : '0.0';
      return [`(${code})`, String(n), String(mine.length), String(passed), `${rate}%`];
    });
  } finally {
    db.close();
  }
}

async function enterScores(page: Page, values: string[]) {
  const inputs = page.getByTestId('score-input');
  await inputs.first().focus();
  for (const [i, v] of values.entries()) {
    await inputs.nth(i).fill(v);
    await inputs.nth(i).press('Enter'); // saves the row and moves down
    if (i + 1 < values.length) await expect(inputs.nth(i + 1)).toBeFocused();
  }
}

/** #18.5: the day ran on paper; a manager records the first rows' admissions from the signed sheet. */
async function paperAdmit(page: Page, count: number) {
  for (let i = 0; i < count; i++) {
    const row = page.getByTestId('score-row').nth(i);
    await row.getByTestId('paper-open').click();
    await row.getByTestId('paper-time').fill(`08:4${i}`);
    await row.getByTestId('paper-reason').fill('当天系统故障，使用纸质签到表，考生已签字');
    await row.getByTestId('paper-submit').click();
    await expect(row).toHaveAttribute('data-admitted', 'yes');
  }
}

test('#18.5 scores only for admitted candidates: a manager records paper-sheet admissions, two operators enter, a manager resolves and releases; a released result is locked', async ({ page, desk }) => {
  test.slow(); // a long flow (two operators' sign-ins); not a wait on speed
  await signIn(page, desk, 'manager', 'demo-manager-1');
  await openSheet(page);
  // Nobody was admitted at the desk that day: no row takes a score, each says so.
  await expect(page.getByTestId('score-row').first()).toHaveAttribute('data-admitted', 'no');
  await expect(page.getByTestId('score-row').first().getByTestId('not-admitted')).toHaveText('未入场');
  await expect(page.getByTestId('score-input').first()).toBeDisabled();
  await page.screenshot({ path: 'test-results/scores-not-admitted-zh.png', fullPage: true });
  await page.getByText('English').click();
  await expect(page.getByTestId('score-row').first().getByTestId('not-admitted')).toHaveText('not admitted');
  await page.screenshot({ path: 'test-results/scores-not-admitted-en.png' });
  await page.getByText('中文').click();
  await paperAdmit(page, 3);
  await expect(page.getByTestId('score-input').nth(2)).toBeEnabled();
  await expect(page.getByTestId('score-input').nth(3)).toBeDisabled();
  await page.getByRole('button', { name: '退出登录' }).click();

  await signIn(page, desk, 'proctor1', 'demo-proctor-1');
  await openSheet(page);
  await enterScores(page, ['80', '55', '70']);
  await expect(page.getByTestId('score-row').nth(2)).toHaveAttribute('data-status', 'one-entry');
  await page.getByRole('button', { name: '退出登录' }).click();

  await signIn(page, desk, 'manager', 'demo-manager-1');
  await openSheet(page);
  await enterScores(page, ['80', '55', '75']);
  const rows = page.getByTestId('score-row');
  await expect(rows.nth(0)).toHaveAttribute('data-status', 'agreed');
  await expect(rows.nth(2)).toHaveAttribute('data-status', 'disagreed');
  const resolve = rows.nth(2).getByTestId('resolve-form');
  await resolve.getByTestId('resolve-value').fill('72');
  await resolve.getByTestId('resolve-reason').fill('第二份阅卷记录有误，以原始答卷为准');
  await resolve.getByTestId('resolve-submit').click();
  await expect(rows.nth(2)).toHaveAttribute('data-status', 'resolved');
  await page.screenshot({ path: 'test-results/scores-entry-zh.png', fullPage: true });

  await page.getByRole('tab', { name: '成绩与证书' }).click();
  await page.getByTestId('release-button').click();
  await expect(page.getByTestId('release-message')).toContainText('已发布 3 条');
  const released = page.locator('[data-testid="result-row"][data-state="released"]');
  await expect(released).toHaveCount(3);
  await expect(page.getByTestId('results-table')).toContainText('已发布（锁定）');
  await expect(page.getByTestId('certificate').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/scores-released-zh.png', fullPage: true });

  // Locked: the entry grid no longer takes a new value for a released row.
  await page.getByRole('tab', { name: '双人录入' }).click();
  await expect(page.getByTestId('score-input').first()).toBeDisabled();
  // RES-4: the first candidate (80, passed) now holds a certificate valid for two years.
  const admissionCode = (await rows.nth(0).locator('td').nth(1).innerText()).trim();
  const scoredCodes = await Promise.all([0, 1, 2].map(async (i) => (await rows.nth(i).locator('td').nth(1).innerText()).trim()));
  await page.getByTestId('tab-certificates').click();
  await page.getByTestId('cert-query').fill(admissionCode);
  await page.getByTestId('cert-search').click();
  await expect(page.getByTestId('cert-table')).toContainText('有效');
  await expect(page.getByTestId('cert-table')).toContainText('2028-12-08');
  await page.getByRole('tab', { name: '统计' }).click();
  // REP-1: each subject's registered, attended, passed and pass rate are those of the data.
  const expected = expectedStats(
    desk,
    scoredCodes.map((code, i) => ({ code, score: [80, 55, 72][i]! })),
  );
  const statRows = page.getByTestId('stats-table').locator('tbody tr');
  await expect(statRows).toHaveCount(expected.length);
  for (const [i, [subject, ...figures]] of expected.entries()) {
    await expect(statRows.nth(i).locator('td').first()).toContainText(subject!);
    await expect(statRows.nth(i).locator('td').nth(1)).toHaveText(figures[0]!);
    await expect(statRows.nth(i).locator('td').nth(2)).toHaveText(figures[1]!);
    await expect(statRows.nth(i).locator('td').nth(3)).toHaveText(figures[2]!);
    await expect(statRows.nth(i).locator('td').nth(4)).toHaveText(figures[3]!);
  }
  await page.getByText('English').click();
  await page.screenshot({ path: 'test-results/scores-stats-en.png', fullPage: true });
});

test('a manager imports a sponsor score file: a bad row and a score for a candidate never admitted (#18.5) are shown with their line, the corrected file imports', async ({ page, desk }) => {
  const p = desk.morning[0]!;
  await signIn(page, desk, 'manager', 'demo-manager-1');
  await page.getByTestId('nav-scores').click();
  await page.getByTestId('tab-score-import').click();
  const input = page.locator('input[type=file]');
  await input.setInputFiles({ name: 'scores.csv', mimeType: 'text/csv', buffer: Buffer.from(`预约号,考试部分,分数\r\n${p.bookingId},theory,150\r\n`) });
  await expect(page.getByTestId('score-import-errors')).toContainText('分数无效');
  await expect(page.getByTestId('score-import-apply')).toBeDisabled();
  // #18.5: the candidate was never admitted: a score is refused with the reason, absent is accepted.
  await input.setInputFiles({ name: 'scores.csv', mimeType: 'text/csv', buffer: Buffer.from(`预约号,考试部分,分数\r\n${p.bookingId},theory,88\r\n`) });
  await expect(page.getByTestId('score-import-errors')).toContainText('未入场');
  await expect(page.getByTestId('score-import-apply')).toBeDisabled();
  await input.setInputFiles({ name: 'scores.csv', mimeType: 'text/csv', buffer: Buffer.from(`预约号,考试部分,分数,缺考\r\n${p.bookingId},theory,,是\r\n`) });
  await expect(page.getByTestId('score-import-summary')).toContainText('新增 1');
  await page.getByTestId('score-import-apply').click();
  await expect(page.getByTestId('score-import-done')).toContainText('新增 1');
});
