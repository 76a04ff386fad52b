import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cnIdCheckDigit } from '../../shared/identity/cn-id';
import { largeRoster } from '../exchange-import/fixtures';
import { expect, signIn, test } from './desk-fixture';

const sample = readFileSync(join(process.cwd(), '..', 'shared', 'formats', 'sample-roster.csv'), 'utf8')
  .trim()
  .split(/\r?\n/);
const header = sample[0]!.split(',');
const col = (h: string) => header.indexOf(h);

/** Five sample bookings moved to 2026-12-06 under new booking ids (the demo day's rooms are free then). */
function nextDayRoster(): string {
  const rows = sample.slice(1, 6).map((line, i) => {
    const cells = line.split(',');
    cells[col('booking_id')] = `BKE2E0000${i + 1}`;
    cells[col('order_id')] = `ODE2E0000${i + 1}`;
    cells[col('exam_date')] = '2026-12-06';
    return cells.join(',');
  });
  return [sample[0], ...rows].join('\r\n') + '\r\n';
}

test('a manager sees every bad row of a roster with its line, then imports a good file once; importing it again changes nothing', async ({ page, desk }) => {
  await signIn(page, desk, 'manager', 'demo-manager-1');
  await page.getByTestId('nav-data').click();
  const input = page.locator('input[type=file]');

  // A hand-edited file: a wrong check digit on line 3 and an impossible date on line 4.
  const bad = nextDayRoster().split('\r\n');
  const c3 = bad[2]!.split(',');
  const id = c3[col('id_number')]!;
  c3[col('id_number')] = id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
  bad[2] = c3.join(',');
  const c4 = bad[3]!.split(',');
  c4[col('exam_date')] = '2026-02-30';
  bad[3] = c4.join(',');
  await input.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad.join('\r\n')) });
  await expect(page.getByTestId('import-problems')).toContainText('2 处问题');
  const errors = page.getByTestId('import-errors');
  await expect(errors.getByRole('row').nth(1)).toContainText('3');
  await expect(errors).toContainText('证件号码无效');
  await expect(errors).toContainText('日期“2026-02-30”不存在');
  await expect(page.getByTestId('import-apply')).toBeDisabled();
  await page.screenshot({ path: 'test-results/import-errors-zh.png', fullPage: true });

  await input.setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(nextDayRoster()) });
  await expect(page.getByTestId('import-summary')).toContainText('新增 5');
  await page.getByTestId('import-apply').click();
  await expect(page.getByTestId('import-done')).toContainText('新增 5');

  await input.setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(nextDayRoster()) });
  await expect(page.getByTestId('import-summary')).toContainText('新增 0');
  await expect(page.getByTestId('import-summary')).toContainText('不变 5');
});

test('#8 a large roster shows how far checking and writing have got, and the desk imports all of it', async ({ page, desk }) => {
  await signIn(page, desk, 'manager', 'demo-manager-1');
  await page.getByTestId('nav-data').click();
  // The winter (2026-12-07 .. 2027-02-28, 84 days), two sessions a day of 60 that the demo's rooms hold.
  const rows = 84 * 2 * 60;
  const text = largeRoster(rows, 5, { perSession: 60, starts: ['08:30', '13:30'] });
  await page.locator('input[type=file]').setInputFiles({ name: 'winter.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
  // Checking (in the worker thread) reports its row count while it runs.
  await expect(page.getByTestId('import-phase')).toContainText(/检查第|读取文件|比对/);
  await expect(page.getByTestId('import-summary')).toContainText(`新增 ${rows}`, { timeout: 60_000 });

  await page.getByTestId('import-apply').click();
  await expect(page.getByTestId('import-phase')).toContainText(/写入|检查第|比对/);
  const bar = page.getByTestId('import-progress-bar');
  await expect(bar).toBeVisible();
  await page.screenshot({ path: 'test-results/import-progress-zh.png', fullPage: true });
  await expect(page.getByTestId('import-done')).toContainText(`新增 ${rows}`, { timeout: 60_000 });
  await expect(page.getByTestId('import-progress')).toHaveCount(0);
});

test.describe('#18.9 confirmation', () => {
  // A busy machine may take minutes to build the demo day and start the desk: the bound is only a safety net.
  test.describe.configure({ timeout: 600_000 });
  test('#18.9 a file for another day that reuses today’s booking ids lists those people before and after (zh-CN and English) and imports only when confirmed', async ({ page, desk }) => {
    await signIn(page, desk, 'manager', 'demo-manager-1');
    await page.getByTestId('nav-data').click();
    // Three of today's 09:00 bookings, sent again for 12-06 with other people; Chinese headers for sponsor and profile.
    const template = sample
      .slice(1)
      .map((l) => l.split(','))
      .find((c) => c[col('sponsor')] === 'Tencent Cloud' && c[col('id_type')] === 'CN_ID')!;
    const people = desk.morning.slice(0, 3);
    const ids = ['11010119900307757', '44030519900414044', '11010519491231002'].map((x) => x + cnIdCheckDigit(x));
    const rows = people.map((p, i) => {
      const c = [...template];
      c[col('booking_id')] = p.bookingId;
      c[col('order_id')] = `ODE2EC0000${i + 1}`;
      c[col('candidate_name')] = `新考生${i + 1}`;
      c[col('name_pinyin')] = '';
      c[col('id_number')] = ids[i]!;
      c[col('exam_date')] = '2026-12-06';
      c[col('start_time')] = '09:00';
      return c.join(',');
    });
    const head = header.map((h) => (h === 'sponsor' ? '考试主办方' : h === 'program_profile' ? '政策配置' : h)).join(',');
    await page.locator('input[type=file]').setInputFiles({ name: 'other-day.csv', mimeType: 'text/csv', buffer: Buffer.from([head, ...rows].join('\r\n') + '\r\n') });

    // Reading starts a worker thread: on a busy machine the preview takes a while.
    await expect(page.getByTestId('import-summary')).toContainText('变更 3', { timeout: 120_000 });
    await expect(page.getByTestId('import-problems')).toHaveCount(0);
    const confirm = page.getByTestId('import-confirm');
    await expect(confirm).toContainText('以下 3 个预约的变更需要您确认');
    const first = page.getByTestId(`confirm-${people[0]!.bookingId}`);
    await expect(first).toContainText(`${people[0]!.name} · 2026-12-05 09:00`);
    await expect(first).toContainText('新考生1 · 2026-12-06 09:00');
    for (const reason of ['今天的预约', '换人', '改日期']) await expect(first).toContainText(reason);
    await expect(first).toContainText('考生姓名');
    await expect(page.getByTestId('import-apply')).toBeDisabled();
    await page.getByRole('button', { name: '列对应关系' }).click();
    await expect(page.getByTestId('map-sponsor')).toBeVisible();
    await expect(page.getByText('考试主办方 *')).toBeVisible();
    await page.screenshot({ path: 'test-results/import-confirm-zh.png', fullPage: true });

    await page.getByText('English').click();
    await expect(confirm).toContainText('Confirm the changes to these 3 bookings');
    for (const reason of ['today’s booking', 'another person', 'another date']) await expect(first).toContainText(reason);
    await expect(first).toContainText('Candidate name');
    await expect(page.getByText('Sponsor *')).toBeVisible();
    await page.screenshot({ path: 'test-results/import-confirm-en.png', fullPage: true });

    await page.getByTestId('import-confirm-apply').click();
    await expect(page.getByTestId('import-done')).toContainText('3 changed', { timeout: 120_000 });
  });
});
