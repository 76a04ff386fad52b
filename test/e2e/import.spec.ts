import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCnId } from '../../shared/identity/generate';
import { mulberry32 } from '../../shared/identity/random';
import { addDays } from '../../shared/time/dates';
import { expect, signIn, test } from './desk-fixture';

const sample = readFileSync(join(process.cwd(), '..', 'shared', 'formats', 'sample-roster.csv'), 'utf8').trim().split(/\r?\n/);
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

/** A large roster spread over the winter (two sessions a day, 60 bookings each) that the demo's rooms hold. */
function winterRoster(perSession = 60): { text: string; rows: number } {
  const template = sample.slice(1).map((l) => l.split(',')).find((c) => c[col('id_type')] === 'CN_ID')!;
  const rng = mulberry32(5);
  const used = new Set<string>();
  const lines = [sample[0]!];
  let n = 0;
  for (let day = addDays('2026-12-07', 0); day <= '2027-02-28'; day = addDays(day, 1)) {
    for (const start of ['08:30', '13:30']) {
      for (let i = 0; i < perSession; i++, n++) {
        let id = generateCnId(rng, { birthYearFrom: 1975, birthYearTo: 2004 });
        while (used.has(id)) id = generateCnId(rng, { birthYearFrom: 1975, birthYearTo: 2004 });
        used.add(id);
        const c = [...template];
        c[col('booking_id')] = `BKW${String(n).padStart(7, '0')}`;
        c[col('order_id')] = `ODW${String(n).padStart(7, '0')}`;
        c[col('candidate_name')] = '王李张刘陈'[n % 5]! + '伟芳娜敏静强'[n % 6]! + '磊军洋勇'[n % 4]!;
        c[col('name_pinyin')] = '';
        c[col('id_number')] = id;
        c[col('exam_date')] = day;
        c[col('start_time')] = start;
        c[col('email')] = '';
        c[col('phone')] = '';
        lines.push(c.join(','));
      }
    }
  }
  return { text: lines.join('\r\n') + '\r\n', rows: n };
}

test('#8 a large roster shows how far checking and writing have got, and the desk imports all of it', async ({ page, desk }) => {
  await signIn(page, desk, 'manager', 'demo-manager-1');
  await page.getByTestId('nav-data').click();
  const { text, rows } = winterRoster();
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
