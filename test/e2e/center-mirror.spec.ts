import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { type ChildProcess, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPgCluster, type PgCluster } from '../support/pg-cluster';
import { DEMO_DATE, expect, serveDesk, signIn, test } from './desk-fixture';

/*
 * #19 end to end: desk A admits a candidate through the center; desk B's copy learns it at its next
 * heartbeat, and B's check-in screen says the candidate was admitted at desk A, by whom and when
 * (DAY-8 across desks), in Chinese and English.
 */

// 40 minutes before the 08:30 cut-off (DAY-1): a busy machine may take many minutes over these two-desk tests, and the desks' clocks tick.
const CLOCK = '2026-12-05T07:50:00+08:00';
const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
const cli = (args: string[]) => spawnSync(tsx, ['electron/cli/index.ts', ...args], { encoding: 'utf8' });

interface Person {
  admissionCode: string;
  idNumber: string;
}

/** A morning candidate with a mainland ID card and a subject in service. */
function morningPerson(dbPath: string): Person {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db
      .prepare(
        `select a.admission_code as admissionCode, c.id_number as idNumber
           from appointments a join candidates c on c.id = a.candidate_id join subjects s on s.id = a.subject_id join orders o on o.id = a.order_id
          where a.starts_at = '2026-12-05T01:00:00.000Z' and s.stop_service_date is null and o.paid_at > '2026-01-01'
            and c.id_type = 'CN_ID' and s.profile_id = 'tencent-test-center'
          order by a.id limit 1`,
      )
      .get() as Person;
  } finally {
    db.close();
  }
}

async function scan(page: Page, p: Person) {
  await page.getByTestId('nav-checkin').click();
  const search = page.getByTestId('checkin-search');
  await search.fill('');
  await search.pressSequentially(p.admissionCode, { delay: 5 });
  await expect(page.getByTestId('checkin-card').first()).toBeVisible();
  await search.press('Enter');
  await expect(page.getByTestId('admission-panel')).toBeVisible();
}

test.describe('#19 a desk learns the admissions made at another desk', () => {
  let cluster: PgCluster;
  let dir: string;
  const children: ChildProcess[] = [];

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    cluster = await startPgCluster();
    dir = mkdtempSync(join(tmpdir(), 'exam-desk-e2e-mirror-'));
  });

  test.afterAll(async () => {
    for (const c of children) {
      c.kill('SIGTERM');
      if (c.exitCode === null) await new Promise((r) => c.once('exit', r));
    }
    await cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test("desk A admits a candidate; at desk B the scan says admitted at desk A, by A's proctor (DAY-8)", async ({ browser }) => {
    const day = join(dir, 'day.sqlite');
    expect(cli(['demo', '--db', day, '--date', DEMO_DATE]).status).toBe(0);
    const url = await cluster.createDatabase('e2e_mirror');
    const init = cli(['center', 'init', '--url', url, '--from', day]);
    expect(init.status, init.stderr).toBe(0);
    const p = morningPerson(day);
    const a = await serveDesk(join(dir, 'a', 'desk.sqlite'), CLOCK, { center: url, desk: 'A', log: 'center-mirror-desk-A.log' });
    children.push(a.child);
    const b = await serveDesk(join(dir, 'b', 'desk.sqlite'), CLOCK, { center: url, desk: 'B', log: 'center-mirror-desk-B.log' });
    children.push(b.child);

    const proctorA = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await signIn(proctorA, { url: a.url }, 'proctor1', 'demo-proctor-1');
    await scan(proctorA, p);
    const form = proctorA.getByTestId('idcheck-form');
    await form.getByTestId('idcheck-number').fill(p.idNumber);
    await form.getByTestId('idcheck-expiry').fill('2034-06-30');
    await form.getByTestId('idcheck-original').check();
    await form.getByTestId('idcheck-photo-matches').check();
    await form.getByText(/^通过$|^Pass$/).click();
    await form.getByTestId('idcheck-submit').click();
    await proctorA.getByTestId('belongings-button').click();
    await proctorA.getByTestId('admit-button').click();
    await expect(proctorA.getByTestId('admit-result')).toHaveAttribute('data-status', 'admitted');

    // Desk B: once its heartbeat mirrored A's admission, the scan's verdict names desk A.
    const proctorB = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await signIn(proctorB, { url: b.url }, 'proctor1', 'demo-proctor-1');
    await expect(async () => {
      await scan(proctorB, p);
      await expect(proctorB.getByTestId('already-admitted')).toContainText('@ A', { timeout: 15_000 });
    }).toPass({ timeout: 120_000 });
    await expect(proctorB.getByTestId('already-admitted')).toContainText(/由 .+ @ A 签到/);
    await proctorB.screenshot({ path: 'test-results/center-mirror-verdict-zh.png' });
    await proctorB.locator('header').getByText('English', { exact: true }).click();
    await expect(proctorB.getByTestId('already-admitted')).toContainText(/Admitted at .+ by .+ @ A\./);
    await proctorB.screenshot({ path: 'test-results/center-mirror-verdict-en.png' });
  });
});
