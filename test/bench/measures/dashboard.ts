import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { hashPassword } from '../../../electron/accounts/password';
import { insertOperator } from '../../../electron/accounts/operators-repo';
import type { Figure } from '../measure';
import type { Measure } from './index';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Browser-mode start to a usable dashboard: spawn `serve` on the large database, open Chromium,
 * sign in, and wait for the first row of the sessions list. Runs last: it closes the bench core
 * because the desk's database is opened by one process at a time.
 */
export const dashboardMeasure: Measure = {
  name: 'browser-mode dashboard',
  async run(ctx) {
    const renderer = join(process.cwd(), 'out/renderer/index.html');
    const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
    if (!existsSync(renderer) || !existsSync(join(process.cwd(), 'out/main/serve.js')) || !existsSync(executablePath)) {
      return [{ name: 'dashboard.usableMs', runs: 0, medianMs: Number.NaN, p95Ms: Number.NaN, targetMs: 1500, note: 'needs out/renderer (npm run build) and Chromium' }];
    }
    await insertOperator(ctx.core.store.db, {
      username: 'bench',
      displayName: 'Bench',
      role: 'manager',
      passwordHash: await hashPassword('bench-password'),
      at: new Date().toISOString(),
    });
    await ctx.core.store.close();
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    const starts: number[] = [];
    const paints: number[] = [];
    try {
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        // Browser mode from the build, as `npm run serve` runs it.
        const child = spawn(process.execPath, [join(process.cwd(), 'out/main/serve.js'), '--db', ctx.dbPath, '--clock', '2026-03-02T08:40:00+08:00'], { stdio: ['ignore', 'pipe', 'pipe'] });
        const url = await new Promise<string>((resolve, reject) => {
          let out = '';
          child.stdout.on('data', (d: Buffer) => {
            out += d.toString();
            const m = /DESK_URL=(\S+)/.exec(out);
            if (m) resolve(m[1]!);
          });
          child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${out}`)));
        });
        const ready = performance.now();
        const page = await browser.newPage();
        await page.goto(url);
        await page.getByLabel(/用户名|User name/).fill('bench');
        await page.getByLabel(/密码|Password/).fill('bench-password');
        const t1 = performance.now();
        await page.getByRole('button', { name: /登录|Sign in/ }).click();
        await page.getByTestId('session-row').first().waitFor();
        const t2 = performance.now();
        starts.push(t2 - t0);
        paints.push(t2 - t1);
        void ready;
        await page.close();
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
    } finally {
      await browser.close();
    }
    const fig = (name: string, xs: number[], targetMs?: number): Figure => {
      const s = [...xs].sort((a, b) => a - b);
      return { name, runs: s.length, medianMs: s[Math.floor(s.length / 2)]!, p95Ms: s[s.length - 1]!, ...(targetMs ? { targetMs } : {}) };
    };
    return [fig('dashboard.startToUsableMs', starts), fig('dashboard.signInToSessionsListMs', paints, 1500)];
  },
};
