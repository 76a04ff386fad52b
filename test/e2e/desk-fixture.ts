import { test as base, expect, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/** A demo candidate as the tests need them (read from the file before the desk opens it). */
export interface DemoPerson {
  appointmentId: number;
  admissionCode: string;
  bookingId: string;
  name: string;
  pinyinCompact: string;
  initials: string;
  idType: string;
  idNumber: string;
  startsAt: string;
}

export interface Desk {
  url: string;
  dbPath: string;
  dir: string;
  /** Morning (09:00) candidates with a valid order, a subject in service and a mainland ID card. */
  morning: DemoPerson[];
}

function readMorning(dbPath: string): DemoPerson[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db
      .prepare(
        `select a.id as appointmentId, a.admission_code as admissionCode, a.booking_id as bookingId, c.name, c.pinyin_compact as pinyinCompact,
                c.initials, c.id_type as idType, c.id_number as idNumber, a.starts_at as startsAt
           from appointments a join candidates c on c.id = a.candidate_id
           join subjects s on s.id = a.subject_id join orders o on o.id = a.order_id
          where a.starts_at = '2026-12-05T01:00:00.000Z' and s.stop_service_date is null
            and o.paid_at > '2026-01-01' and c.id_type = 'CN_ID' and s.profile_id = 'tencent-test-center'
          order by a.id`,
      )
      .all() as DemoPerson[];
  } finally {
    db.close();
  }
}

export const DEMO_DATE = '2026-12-05';

/** Generates a demo database in a fresh folder (per test) and serves it in browser mode. */
async function startDesk(clock: string): Promise<{ desk: Desk; child: ChildProcess; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'exam-desk-e2e-'));
  const dbPath = join(dir, 'demo.sqlite');
  const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
  const demo = spawnSync(tsx, ['electron/cli/index.ts', 'demo', '--db', dbPath, '--date', DEMO_DATE], {
    encoding: 'utf8',
  });
  if (demo.status !== 0) throw new Error(`demo failed: ${demo.stderr}`);
  const morning = readMorning(dbPath);
  const { url, child } = await serveDesk(dbPath, clock);
  return { desk: { url, dbPath, dir, morning }, child, dir };
}

/** Browser mode as `npm run serve` runs it: the built bundle under Node (`npx electron-vite build` first). */
const SERVE_BUNDLE = join(process.cwd(), 'out/main/serve.js');

/**
 * Serves a database in browser mode and waits for its URL. `center` joins the desk to a center
 * server as `desk` (#19); `log` names a file under test-results for what the process says.
 */
export async function serveDesk(dbPath: string, clock: string, o: { desk?: string; center?: string; log?: string } = {}): Promise<{ url: string; child: ChildProcess }> {
  if (!existsSync(SERVE_BUNDLE)) throw new Error(`No ${SERVE_BUNDLE}: run "npx electron-vite build" before the e2e tests.`);
  const child = spawn(process.execPath, [SERVE_BUNDLE, '--db', dbPath, '--clock', clock, ...(o.center ? ['--center', o.center] : []), '--desk', o.desk ?? 'e2e-desk'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (o.log) {
    mkdirSync('test-results', { recursive: true });
    const log = createWriteStream(`test-results/${o.log}`);
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
  }
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    // No timer of its own: a loaded machine may take a while to start; the test's timeout bounds it.
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /DESK_URL=(\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`browser mode exited ${code}: ${out}`)));
  });
  return { url, child };
}

export const test = base.extend<{ desk: Desk; clock: string }>({
  clock: ['2026-12-05T08:20:00+08:00', { option: true }],
  desk: async ({ clock }, use) => {
    const { desk, child, dir } = await startDesk(clock);
    await use(desk);
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  },
});

export { expect };

/** Signs in through the real sign-in screen. */
export async function signIn(page: Page, desk: Pick<Desk, 'url'>, username = 'proctor1', password = 'demo-proctor-1') {
  await page.goto(desk.url);
  await page.getByLabel(/用户名|User name/).fill(username);
  await page.getByLabel(/密码|Password/).fill(password);
  await page.getByRole('button', { name: /登录|Sign in/ }).click();
}
