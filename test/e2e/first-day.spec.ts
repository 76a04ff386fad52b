import { test as base, expect, type Page } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDesk } from './desk-fixture';

/** The sponsor's sample roster (../shared/formats): 60 bookings on 2026-12-05 at SZ-NS-01. */
const ROSTER = join(process.cwd(), '../shared/formats/sample-roster.csv');
/** The exam morning, 40 minutes before the 09:00 sessions (DAY-1: check-in is open). */
const CLOCK = '2026-12-05T08:20:00+08:00';

interface EmptyDesk {
  url: string;
  dir: string;
}

/** An EMPTY database file (0 bytes: no tables, no center, no operators), served in browser mode. */
const test = base.extend<{ empty: EmptyDesk }>({
  empty: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'exam-desk-first-day-'));
    const dbPath = join(dir, 'center.sqlite');
    writeFileSync(dbPath, '');
    const { url, child } = await serveDesk(dbPath, CLOCK);
    await use({ url, dir });
    await stop(child);
    rmSync(dir, { recursive: true, force: true });
  },
});

async function stop(child: ChildProcess) {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}

/** A 09:00 booking of the sample roster that the rules admit: mainland ID, Tencent test center, paid order, no accommodation. */
function morningCandidate() {
  const [head, ...rows] = readFileSync(ROSTER, 'utf8')
    .trim()
    .split(/\r?\n/)
    .map((l) => l.split(','));
  const at = (r: string[], c: string) => r[head!.indexOf(c)]!;
  const r = rows.find(
    (x) =>
      at(x, 'start_time') === '09:00' &&
      at(x, 'id_type') === 'CN_ID' &&
      at(x, 'program_profile') === 'tencent-test-center' &&
      at(x, 'accommodations') === '' &&
      at(x, 'attempt_no') === '1' &&
      Number(at(x, 'order_amount_fen')) > 0,
  )!;
  return { bookingId: at(r, 'booking_id'), name: at(r, 'candidate_name'), idNumber: at(r, 'id_number') };
}

async function signIn(page: Page, url: string, username: string, password: string) {
  await page.goto(url);
  await page.getByLabel(/用户名|User name/).fill(username);
  await page.getByLabel(/密码|Password/).fill(password);
  await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
  await expect(page.getByTestId('operator-badge')).toBeVisible();
}

async function addRoom(page: Page, code: string, name: string) {
  await page.getByTestId('room-new').click();
  await page.getByTestId('room-code').fill(code);
  await page.getByTestId('room-name').fill(name);
  await page.getByLabel(/^(行数|Rows)$/).fill('4');
  await page.getByLabel(/^(列数|Columns)$/).fill('6');
  // One click turns a seat into a wheelchair seat (the sample roster has two wheelchair users).
  await page.getByTestId('cell-A01').click();
  await expect(page.getByTestId('cell-A01')).toHaveAttribute('data-kind', 'wheelchair');
  await page.getByTestId('room-save').click();
  await expect(page.getByTestId('rooms-done')).toContainText(name);
}

// Starting browser mode on a fresh file, then the whole day: generous on a busy machine (states are awaited, never durations).
test.describe.configure({ timeout: 600_000 });

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/first-day-${name}.png`, fullPage: true });

test('issue #15: from an empty database file, only through the screens, a center reaches its first admitted candidate and prints the day’s roster', async ({ page, empty }) => {
  const who = morningCandidate();

  // 1. The first screen creates the manager's account.
  await page.goto(empty.url);
  await page.getByLabel('用户名').fill('wang');
  await page.getByLabel('姓名').fill('王经理');
  await page.getByLabel('密码').fill('manager-pass-1');
  await page.getByRole('button', { name: '创建并登录' }).click();
  await expect(page.getByTestId('operator-badge')).toContainText('王经理');

  // 2. Today lists what is missing, each with a button to its step (no advice that leads nowhere).
  const checklist = page.getByTestId('setup-checklist');
  await expect(checklist).toBeVisible();
  for (const step of ['center', 'rooms', 'proctors']) await expect(page.getByTestId(`missing-${step}`)).toBeVisible();
  await expect(page.locator('body')).not.toContainText('npm run desk');
  await shot(page, 'today-empty-zh');
  await page.getByTestId('setup-go-center').click();

  // 3. The center: code as in the roster, Asia/Shanghai by default, the profiles it applies.
  await expect(page.getByTestId('setup-wizard')).toBeVisible();
  await expect(page.getByTestId('center-zone')).toHaveValue('Asia/Shanghai');
  await page.getByTestId('center-code').fill('SZ-NS-01');
  await page.getByTestId('center-name-input').fill('深圳南山考点');
  await page.getByTestId('center-name-en').fill('Shenzhen Nanshan Test Center');
  await page.getByTestId('center-address').fill('深圳市南山区科技园南区 1 号');
  await expect(page.getByTestId('center-profile-ctyun')).toBeChecked();
  await expect(page.getByTestId('center-profile-tencent-test-center')).toBeChecked();
  await shot(page, 'step-center-zh');
  await page.getByTestId('center-save').click();
  await expect(page.getByTestId('center-done')).toContainText('SZ-NS-01');
  await expect(page.getByTestId('setup-next')).toHaveText('下一步');
  await page.getByTestId('setup-next').click();

  // 4. Two rooms in the Seating room editor.
  await addRoom(page, 'R101', '第一考场');
  await addRoom(page, 'R102', '第二考场');
  await shot(page, 'step-rooms-zh');
  await page.getByTestId('setup-next').click();

  // 5. A proctor's account in the Settings operators panel.
  await page.getByTestId('new-username').fill('li');
  await page.getByTestId('new-name').fill('李监考');
  await page.getByTestId('new-password').fill('proctor-pass-1');
  await page.getByTestId('new-create').click();
  await expect(page.getByTestId('operators-done')).toContainText('李监考');
  await shot(page, 'step-proctors-zh');
  await page.getByTestId('setup-next').click();

  // 6. The backup folder (no removable drive here: the default beside the database) and 7. retention.
  await expect(page.getByTestId('backup-drives')).toBeVisible();
  await expect(page.getByTestId('setup-backup-folder')).toHaveValue(join(empty.dir, 'backups'));
  await shot(page, 'step-backup-zh');
  await page.getByTestId('setup-backup-save').click();
  await expect(page.getByTestId('setup-backup-done')).toBeVisible();
  await page.getByTestId('setup-next').click();
  await expect(page.getByTestId('setup-retention-days')).toHaveValue('90');
  await shot(page, 'step-retention-zh');
  await page.getByTestId('setup-retention-save').click();
  await expect(page.getByTestId('setup-retention-done')).toContainText('90');
  await page.getByTestId('setup-next').click();
  await expect(page.getByTestId('setup-finished')).toBeVisible();
  // (This busy test machine can leave a screen idle for minutes: a longer desk-lock time, through Settings.)
  await page.getByRole('tab', { name: '工作台锁定' }).click();
  await page.getByLabel('无操作多少分钟后自动锁定').fill('240');
  await page.getByRole('tabpanel').getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存：240 分钟无操作后锁定。')).toBeVisible();
  await page.getByTestId('nav-today').click();
  await expect(page.getByTestId('center-name')).toContainText('深圳南山考点');
  await expect(page.getByTestId('setup-checklist')).toHaveCount(0);

  // 8. The sponsor's roster: the first import creates the day's sessions and says which rooms it used.
  await page.getByTestId('nav-data').click();
  await page.locator('input[type=file]').setInputFiles(ROSTER);
  await expect(page.getByTestId('import-summary')).toContainText('60');
  await page.getByTestId('import-apply').click();
  // The import reads and checks in a worker thread and writes in slices: wait for its result, however long the busy machine takes.
  await expect(page.getByTestId('import-done')).toContainText('新增 60', { timeout: 300_000 });
  await expect(page.getByTestId('import-done')).toContainText('使用的考场：R101, R102');
  await shot(page, 'import-zh');

  // 9. A seat plan for the first morning session.
  await page.getByTestId('nav-seating').click();
  await page.getByTestId('scores-session').click();
  await page.getByRole('option').first().click();
  await page.getByTestId('seating-generate').click();
  await expect(page.getByTestId('plan-info')).toContainText('同科目相邻');

  // 10. The proctor checks one candidate in.
  await page.getByRole('button', { name: '退出登录' }).click();
  await signIn(page, empty.url, 'li', 'proctor-pass-1');
  await page.getByTestId('nav-checkin').click();
  const search = page.getByTestId('checkin-search');
  await search.pressSequentially(who.bookingId, { delay: 5 });
  await expect(page.getByTestId('checkin-card').first()).toBeVisible();
  await search.press('Enter');
  await expect(page.getByTestId('admission-panel')).toBeVisible();
  await expect(page.getByTestId('panel-name')).toContainText(who.name);
  await expect(page.getByTestId('verdict-admission')).toHaveAttribute('data-outcome', 'allowed');
  const form = page.getByTestId('idcheck-form');
  await form.getByTestId('idcheck-number').fill(who.idNumber);
  await form.getByTestId('idcheck-expiry').fill('2034-06-30');
  await form.getByTestId('idcheck-original').check();
  await form.getByTestId('idcheck-photo-matches').check();
  await form.getByText(/^通过$/).click();
  await form.getByTestId('idcheck-submit').click();
  await expect(page.getByTestId('identity-status')).toContainText('证件核验通过');
  await page.getByTestId('belongings-button').click(); // DAY-7 reminder before admitting
  await page.getByTestId('admit-button').click();
  await expect(page.getByTestId('admit-result')).toHaveAttribute('data-status', 'admitted');
  await shot(page, 'admitted-zh');

  // 11. The manager prints the day's roster; the PDF reads back with the center and the candidate.
  await page.getByRole('button', { name: '退出登录' }).click();
  await signIn(page, empty.url, 'wang', 'manager-pass-1');
  await page.getByTestId('nav-rosters').click();
  await expect(page.getByTestId('roster-doc-roster')).toBeChecked();
  const download = page.waitForEvent('download');
  await page.getByTestId('roster-pdf').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^SZ-NS-01-2026-12-05/);
  const text = execFileSync('pdftotext', ['-layout', (await file.path())!, '-'], { encoding: 'utf8' });
  expect(text).toContain('考场名单');
  expect(text).toContain('深圳南山考点');
  expect(text).toContain(who.name);
  expect(text).toContain('第一考场');

  // Settings → Center in English: the time zone is fixed now that sessions exist, and says why.
  await page.getByRole('radiogroup', { name: '语言' }).getByText('English').click();
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('tab-center').click();
  await expect(page.getByTestId('zone-locked')).toContainText('can no longer change');
  await expect(page.getByTestId('center-profiles')).toContainText('ctyun');
  await shot(page, 'settings-center-en');
});

test('issue #15: on an empty desk the Data screen names the missing set-up step and offers it; Today in English lists the steps', async ({ page, empty }) => {
  await page.goto(empty.url);
  await page.getByText('English').click();
  await page.getByLabel('User name').fill('wang');
  await page.getByLabel('Full name').fill('Wang');
  await page.getByRole('textbox', { name: /^Password/ }).fill('manager-pass-1');
  await page.getByRole('button', { name: 'Create and sign in' }).click();
  await expect(page.getByTestId('setup-checklist')).toContainText('No center is set up');
  await shot(page, 'today-empty-en');
  await page.getByTestId('nav-data').click();
  await expect(page.getByTestId('setup-checklist')).toContainText('Before importing a roster, set up the center');
  await page.locator('input[type=file]').setInputFiles(ROSTER);
  await expect(page.locator('.mantine-Alert-root', { hasText: 'so a roster cannot be imported' })).toContainText('Settings → Set-up');
  await shot(page, 'data-no-center-en');
  await page.getByTestId('setup-go-center').click();
  await expect(page.getByTestId('setup-wizard')).toBeVisible();
  await expect(page.getByTestId('center-code')).toBeVisible();
  // Each set-up step in English (the Chinese ones are taken in the first test).
  for (const step of ['center', 'rooms', 'proctors', 'backup', 'retention']) {
    await page.goto(`${empty.url.split('#')[0]}#/settings/setup/${step}`);
    await expect(page.getByTestId('setup-wizard')).toContainText('Center set-up');
    await shot(page, `step-${step}-en`);
  }
});
