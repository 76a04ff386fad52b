import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { chromium, type Page } from 'playwright-core';
import type { Figure } from '../measure';
import type { Measure } from './index';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const DATE = '2026-03-02';
const CLOCK = `${DATE}T08:00:00+08:00`;

/** Morning appointments of the measured day with their full document numbers (read before the desk opens the file). */
function morning(dbPath: string): { code: string; idNumber: string }[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db
      .prepare(
        `select a.admission_code as code, c.id_number as idNumber from appointments a join candidates c on c.id = a.candidate_id
          where a.starts_at = ? and a.state = 'booked' order by a.id limit 61`,
      )
      .all(new Date(`${DATE}T01:00:00.000Z`).toISOString()) as { code: string; idNumber: string }[];
  } finally {
    db.close();
  }
}

/**
 * Resolves with the time from the next Enter (the scanner's terminator) to the frame after the
 * verdict of `code` is in the page: requestAnimationFrame then a task, so the verdict was painted.
 */
function verdictPainted(page: Page, code: string): Promise<number> {
  // A string, not a function: tsx would wrap named helpers in `__name`, which the page lacks.
  return page.evaluate(`new Promise((resolve) => {
    let t0 = 0;
    const code = ${JSON.stringify(code)};
    const onKey = (e) => { if (e.key === 'Enter' && !t0) t0 = performance.now(); };
    window.addEventListener('keydown', onKey, true);
    const observer = new MutationObserver(() => {
      const panel = document.querySelector('[data-testid="admission-panel"]');
      const verdict = document.querySelector('[data-testid="scan-verdict"]');
      if (!(t0 > 0 && verdict && panel && (panel.textContent || '').includes(code))) return;
      observer.disconnect();
      window.removeEventListener('keydown', onKey, true);
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
  })`);
}

/**
 * Scan (Enter) to verdict painted in Chromium on the large center, through browser mode: the code
 * typed 5 ms per key like a USB scanner, then Enter. Also one admission by keyboard with the
 * document reader supplying the number, counting the keys a person presses. Runs after the
 * dashboard measure (which closes the bench core and adds the `bench` manager it signs in as).
 */
export const scanMeasure: Measure = {
  name: 'check-in scan to verdict',
  after: 'browser-mode dashboard',
  async run(ctx) {
    const renderer = join(process.cwd(), 'out/renderer/index.html');
    const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
    const missing = (note: string): Figure[] => [{ name: 'checkin.scanToVerdictPaintedMs', runs: 0, medianMs: Number.NaN, p95Ms: Number.NaN, targetMs: 100, note }];
    if (!existsSync(renderer) || !existsSync(executablePath)) return missing('needs out/renderer (npm run build) and Chromium');
    const people = morning(ctx.dbPath);
    if (people.length < 2) return missing(`no morning appointments on ${DATE}`);
    const child = spawn(join(process.cwd(), 'node_modules/.bin/tsx'), ['electron/serve/cli.ts', '--db', ctx.dbPath, '--clock', CLOCK], { stdio: ['ignore', 'pipe', 'pipe'] });
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    const times: number[] = [];
    let keystrokes = Number.NaN;
    let note = '';
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /DESK_URL=(\S+)/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${out}`)));
      });
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      await page.goto(url);
      await page.getByLabel(/用户名|User name/).fill('bench');
      await page.getByLabel(/密码|Password/).fill('bench-password');
      await page.getByRole('button', { name: /登录|Sign in/ }).click();
      await page.getByTestId('nav-checkin').click();
      await page.getByTestId('checkin-search').waitFor();
      // Scans only (no admission): the first 5 warm the page up.
      for (const [i, p] of people.slice(1).entries()) {
        // Each scan starts from a settled desk, as at a real queue: the previous candidate's panel
        // has finished its deferred part (the steps below the verdict) and the page is idle.
        await page.evaluate('new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 5000 }))');
        const painted = verdictPainted(page, p.code);
        await page.keyboard.type(p.code, { delay: 5 });
        await page.keyboard.press('Enter');
        const ms = await painted;
        if (i >= 5) times.push(ms);
      }
      // One admission by keyboard: the reader types the number and Enter; a person the rest.
      const p = people[0]!;
      let keys = 0;
      // A person's keys, held 150 ms: never as close together as a scanner's burst.
      const press = async (k: string) => {
        keys += 1;
        await page.keyboard.press(k, { delay: 150 });
      };
      await page.keyboard.type(p.code, { delay: 5 });
      await page.keyboard.press('Enter');
      const outcome = await page.getByTestId('scan-verdict').getAttribute('data-outcome', { timeout: 30_000 });
      if (outcome === 'admit')
        try {
          await page.getByTestId('idcheck-number').and(page.locator(':focus')).waitFor();
          await page.keyboard.type(p.idNumber, { delay: 5 });
          await page.keyboard.press('Enter');
          await page.getByTestId('idcheck-expiry').and(page.locator(':focus')).waitFor();
          for (const k of '20340630') await press(k);
          await press('Enter');
          await page.getByTestId('idcheck-confirm-all').and(page.locator(':focus')).waitFor();
          await press('Enter');
          await page.getByTestId('belongings-button').and(page.locator(':focus')).waitFor();
          await press('Enter');
          await page.getByTestId('admit-button').and(page.locator(':focus')).waitFor();
          await press('Enter');
          await page.getByTestId('seat-banner').waitFor();
          keystrokes = keys;
        } catch (e) {
          note = `the admission by keyboard did not complete: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
        }
      else note = `the first candidate's verdict was ${outcome}, no admission counted`;
    } finally {
      await browser.close();
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    const s = [...times].sort((a, b) => a - b);
    const p95 = s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]!;
    return [
      { name: 'checkin.scanToVerdictPaintedMs', runs: s.length, medianMs: s[Math.floor(s.length / 2)]!, p95Ms: p95, targetMs: 100 },
      {
        name: 'checkin.keystrokesPerAdmission',
        runs: Number.isFinite(keystrokes) ? 1 : 0,
        medianMs: keystrokes,
        p95Ms: keystrokes,
        note: note || `keys, not ms: ${keystrokes} a person presses per admission with the document reader (target at most 12)`,
      },
    ];
  },
};
