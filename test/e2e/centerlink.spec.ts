import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { type ChildProcess, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPgCluster, type PgCluster } from '../support/pg-cluster';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';
import { DEMO_DATE, expect, serveDesk, signIn as signInAt, test } from './desk-fixture';

/*
 * #19 end to end: two desks joined to one PostgreSQL center, in Chromium. Desk B reaches the center
 * through a TCP proxy that black-holes its connection (a pulled cable); its badge says offline, it
 * admits a candidate of the session leased to it, and once the proxy passes again its outbox drains.
 * Desk A admitted the same candidate online meanwhile: the manager gets the blocking alert and
 * resolves the conflict with a note in Settings → Center server.
 */

// 40 minutes before the 08:30 cut-off (DAY-1): a busy machine may take many minutes over these two-desk tests, and the desks' clocks tick.
const CLOCK = '2026-12-05T07:50:00+08:00';
const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
const cli = (args: string[]) => spawnSync(tsx, ['electron/cli/index.ts', ...args], { encoding: 'utf8' });

interface Person {
  admissionCode: string;
  idNumber: string;
  name: string;
  roomCode: string;
}

/** A morning candidate with a mainland ID card and a subject in service, and the room of their 09:00 session (not `notRoom`). */
function morningPerson(dbPath: string, notRoom = ''): Person {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db
      .prepare(
        `select a.admission_code as admissionCode, c.id_number as idNumber, c.name, r.code as roomCode
           from appointments a join candidates c on c.id = a.candidate_id join subjects s on s.id = a.subject_id
           join orders o on o.id = a.order_id join exam_sessions es on es.id = a.session_id join rooms r on r.id = es.room_id
          where a.starts_at = '2026-12-05T01:00:00.000Z' and s.stop_service_date is null and o.paid_at > '2026-01-01'
            and c.id_type = 'CN_ID' and s.profile_id = 'tencent-test-center' and r.code <> ?
          order by a.id limit 1`,
      )
      .get(notRoom) as Person;
  } finally {
    db.close();
  }
}

/** Scan, identity check, belongings reminder, admit: the proctor's sequence at the check-in screen. */
async function admit(page: Page, p: Person) {
  await admitClick(page, p);
  await expect(page.getByTestId('admit-result')).toHaveAttribute('data-status', 'admitted');
}

/** The same sequence up to the Admit click, whatever the desk answers. */
async function admitClick(page: Page, p: Person) {
  await page.getByTestId('nav-checkin').click();
  const search = page.getByTestId('checkin-search');
  await search.fill('');
  await search.pressSequentially(p.admissionCode, { delay: 5 });
  await expect(page.getByTestId('checkin-card').first()).toBeVisible();
  await search.press('Enter');
  await expect(page.getByTestId('admission-panel')).toBeVisible();
  const form = page.getByTestId('idcheck-form');
  await form.getByTestId('idcheck-number').fill(p.idNumber);
  await form.getByTestId('idcheck-expiry').fill('2034-06-30');
  await form.getByTestId('idcheck-original').check();
  await form.getByTestId('idcheck-photo-matches').check();
  await form.getByText(/^通过$|^Pass$/).click();
  await form.getByTestId('idcheck-submit').click();
  await page.getByTestId('belongings-button').click();
  await page.getByTestId('admit-button').click();
}

async function english(page: Page) {
  await page.locator('header').getByText('English', { exact: true }).click();
}

/** Browser mode joined to the center as `desk`; resolves with its URL once it prints it. */
const serveJoined = (dbPath: string, url: string, desk: string) => serveDesk(dbPath, CLOCK, { center: url, desk, log: `centerlink-desk-${desk}.log` });

/** Signs in through the real sign-in screen and waits for the desk to show the operator. */
async function signIn(page: Page, url: string, username: string, password: string) {
  await signInAt(page, { url }, username, password);
  await expect(page.getByTestId('operator-badge')).toBeVisible();
}

test.describe('#19 two desks on one center', () => {
  let cluster: PgCluster;
  let proxy: TcpProxy;
  let dir: string;
  const children: ChildProcess[] = [];

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    cluster = await startPgCluster();
    proxy = await startTcpProxy(cluster.port);
    dir = mkdtempSync(join(tmpdir(), 'exam-desk-e2e-center-'));
  });

  test.afterAll(async () => {
    for (const c of children) {
      c.kill('SIGTERM');
      if (c.exitCode === null) await new Promise((r) => c.once('exit', r));
    }
    await proxy?.close();
    await cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('desk B cut off: offline badge, a leased candidate admitted offline, the outbox drains; the manager resolves the conflict with a note (DAY-8)', async ({ browser }) => {
    const day = join(dir, 'day.sqlite');
    expect(cli(['demo', '--db', day, '--date', DEMO_DATE]).status).toBe(0);
    const url = await cluster.createDatabase('e2e_center');
    const init = cli(['center', 'init', '--url', url, '--from', day]);
    expect(init.status, init.stderr).toBe(0);
    const p = morningPerson(day);

    // Both desks start from the center's copy of the day; B's connection goes through the proxy.
    const a = await serveJoined(join(dir, 'a', 'desk.sqlite'), url, 'A');
    children.push(a.child);
    const b = await serveJoined(join(dir, 'b', 'desk.sqlite'), url.replace(`:${cluster.port}/`, `:${proxy.port}/`), 'B');
    children.push(b.child);

    const manager = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await signIn(manager, a.url, 'manager', 'demo-manager-1');
    const badgeA = manager.getByTestId('center-badge');
    await expect(badgeA).toHaveText('中心 已连接 · 台 A');
    await manager.screenshot({ path: 'test-results/centerlink-badge-online-zh.png' });

    // The manager leases the 09:00 session of the candidate's room to desk B.
    await manager.getByTestId('nav-settings').click();
    await manager.getByTestId('tab-centerlink').click();
    await expect(manager.getByTestId('centerlink-desks')).toContainText('B');
    await manager.getByTestId(`lease-select-${p.roomCode}-09:00`).selectOption('B');
    await expect(manager.getByTestId(`lease-select-${p.roomCode}-09:00`)).toHaveValue('B');
    await manager.screenshot({ path: 'test-results/centerlink-panel-zh.png', fullPage: true });

    const proctor = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await signIn(proctor, b.url, 'proctor1', 'demo-proctor-1');
    const badgeB = proctor.getByTestId('center-badge');
    // B's copy holds the lease (its heartbeat took it from the center).
    await expect(badgeB).toHaveAttribute('data-leased', '1', { timeout: 60_000 });

    // The cable is pulled: B finds out within its timeout and says so on every screen.
    proxy.setMode('blackhole');
    await expect(badgeB).toHaveAttribute('data-online', 'no', { timeout: 60_000 });
    await expect(badgeB).toHaveText(/^离线 自 \d\d:\d\d · 待上传 0$/);
    await admit(proctor, p);
    await expect(badgeB).toHaveText(/^离线 自 \d\d:\d\d · 待上传 1$/);
    await proctor.screenshot({ path: 'test-results/centerlink-badge-offline-zh.png' });
    await english(proctor);
    await expect(badgeB).toHaveText(/^Offline since \d\d:\d\d · 1 waiting to upload$/);
    await proctor.screenshot({ path: 'test-results/centerlink-badge-offline-en.png' });

    // Offline, a candidate of a session leased to no desk: refused in words; a manager at B admits with a reason (forced).
    const other = morningPerson(day, p.roomCode);
    const managerB = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await signIn(managerB, b.url, 'manager', 'demo-manager-1');
    await admitClick(managerB, other);
    await expect(managerB.getByTestId('override-button')).toBeVisible();
    await managerB.getByTestId('override-reason').fill('Center unreachable; candidate known to the manager, ID checked');
    await managerB.getByTestId('override-button').click();
    await expect(managerB.getByTestId('admit-result')).toHaveAttribute('data-status', 'admitted');
    await expect(managerB.getByTestId('center-badge')).toHaveText(/^离线 自 \d\d:\d\d · 待上传 2$/);
    await managerB.screenshot({ path: 'test-results/centerlink-offline-forced-zh.png' });

    // Meanwhile desk A admits the same candidate online: the center takes A's admission.
    const proctorA = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await signIn(proctorA, a.url, 'proctor1', 'demo-proctor-1');
    await admit(proctorA, p);

    // The cable is back: B replays its outbox (a conflict, kept at the center), then it is online.
    proxy.setMode('pass');
    await expect(badgeB).toHaveText('Center connected · desk B', { timeout: 60_000 });
    await expect(badgeB).toHaveAttribute('data-outbox', '0');

    // The manager (on the Today screen) gets the blocking alert: Escape does not close it.
    await manager.getByTestId('nav-today').click();
    const alert = manager.getByRole('dialog');
    await expect(alert).toContainText('有考生在两个工作台都被准入', { timeout: 60_000 });
    await manager.keyboard.press('Escape');
    await expect(alert).toBeVisible();
    await manager.screenshot({ path: 'test-results/centerlink-alert-zh.png' });
    await manager.getByTestId('conflict-alert-go').click();
    await expect(alert).toHaveCount(0);
    const conflict = manager.locator('[data-testid^="conflict-"][data-state="open"]');
    await expect(conflict).toHaveCount(1);
    await expect(conflict).toContainText(p.name);
    await expect(conflict.locator('[data-testid$="-side-kept"]')).toContainText('A');
    await expect(conflict.locator('[data-testid$="-side-second"]')).toContainText('B');
    await manager.screenshot({ path: 'test-results/centerlink-conflict-zh.png', fullPage: true });

    // The same in English: the panel, and the alert again on another screen.
    await english(manager);
    await expect(conflict).toContainText('Second admission');
    await manager.screenshot({ path: 'test-results/centerlink-conflict-en.png', fullPage: true });
    await manager.getByTestId('nav-today').click();
    await expect(alert).toContainText('A candidate was admitted at two desks');
    await manager.screenshot({ path: 'test-results/centerlink-alert-en.png' });
    await manager.getByTestId('conflict-alert-go').click();
    await expect(alert).toHaveCount(0);

    // The note is required: the buttons wait for it.
    const keepFirst = conflict.locator('[data-testid$="-keep-first"]');
    await expect(keepFirst).toBeDisabled();
    await conflict.locator('[data-testid$="-note"]').fill('A checked the ID first; B admitted during the outage');
    await expect(keepFirst).toBeEnabled();
    await keepFirst.click();
    await expect(manager.locator('[data-testid^="conflict-"][data-state="resolved"]')).toContainText('A checked the ID first');
    await manager.screenshot({ path: 'test-results/centerlink-panel-en.png', fullPage: true });
    await manager.getByTestId('nav-today').click();
    await expect(badgeA).toHaveText('Center connected · desk A');
    await manager.screenshot({ path: 'test-results/centerlink-badge-online-en.png' });
    await expect(manager.getByRole('dialog')).toHaveCount(0);
  });
});
