/**
 * `npm run bench [-- --json] [-- --count N] [-- --only "name,name"]`: builds a large synthetic center in a temporary
 * database and measures the exam-morning paths, each against its physical floor where one exists.
 * Speed lives here, never in timed tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs, stringOption } from '../../electron/core/args';
import { insertOperator } from '../../electron/accounts/operators-repo';
import { buildRegistry } from '../../electron/app/build-registry';
import { manualClock } from '../../electron/core/clock';
import { createCore } from '../../electron/app/create-core';
import type { Figure } from './measure';
import { measures, type BenchContext } from './measures';
import { buildSyntheticCenter } from './synthetic-center';

async function main(): Promise<void> {
  const { options } = parseArgs(process.argv.slice(2));
  const json = options.json === true;
  const count = Number(stringOption(options, 'count') ?? 100_000);
  const dir = mkdtempSync(join(tmpdir(), 'exam-desk-bench-'));
  const log = (s: string) => {
    if (!json) console.log(s);
  };
  try {
    const dbPath = join(dir, 'bench.sqlite');
    const firstDate = '2026-03-02';
    const clock = manualClock(new Date('2026-03-02T00:40:00.000Z'));
    const core = await createCore(dbPath, { clock });
    const t0 = performance.now();
    const center = await buildSyntheticCenter(core.store.db, { count, rooms: 40, firstDate, hashKey: core.hashKey });
    const buildMs = performance.now() - t0;
    log(`synthetic center: ${count} candidates and appointments, 40 rooms, ${center.sessions} sessions (${buildMs.toFixed(0)} ms)`);
    // The operator the measures act as (the check-in channels need a signed-in proctor).
    await insertOperator(core.store.db, { username: 'bench-proctor', displayName: 'Bench', role: 'proctor', passwordHash: 'scrypt$1$1$1$x$x', at: new Date().toISOString() });
    const registry = buildRegistry(core);
    const ctx: BenchContext = { core, registry, center, dbPath, dir, clock, log };
    const figures: Figure[] = [];
    // --only: a comma list of measure names (or parts of them) to run, e.g. "dashboard,scan".
    const only = stringOption(options, 'only')
      ?.split(',')
      .map((x) => x.trim())
      .filter(Boolean);
    const chosen = measures.filter((x) => !only || only.some((o) => x.name.includes(o)));
    // A measure that runs after another (the scan after the dashboard, which hands it the database) brings it along.
    const needed = new Set(chosen.flatMap((x) => (x.after ? [x.after] : [])));
    for (const m of measures.filter((x) => chosen.includes(x) || needed.has(x.name))) {
      log(`measuring ${m.name}…`);
      figures.push(...(await m.run(ctx)));
    }
    await core.store.close();
    if (json) {
      const out: Record<string, number | null | string> = { 'setup.syntheticCenterMs': Math.round(buildMs) };
      for (const f of figures) {
        if (f.unit) {
          out[f.name] = round(f.medianMs);
          if (f.targetMs !== undefined) out[`${f.name}.target`] = f.targetMs;
          continue;
        }
        out[`${f.name}.medianMs`] = round(f.medianMs);
        out[`${f.name}.p95Ms`] = round(f.p95Ms);
        if (f.ratioToFloor !== undefined) out[`${f.name}.ratioToFloor`] = round(f.ratioToFloor);
        if (f.note) out[`${f.name}.note`] = f.note;
      }
      console.log(JSON.stringify(out, null, 2));
    } else {
      console.log('');
      console.log('figure'.padEnd(44) + 'median ms'.padStart(11) + 'p95 ms'.padStart(10) + 'target'.padStart(9) + 'x floor'.padStart(9));
      for (const f of figures) {
        const miss = f.targetMs !== undefined && f.p95Ms > f.targetMs ? '  MISSES TARGET' : '';
        console.log(
          f.name.padEnd(44) +
            fmt(f.medianMs).padStart(11) +
            fmt(f.p95Ms).padStart(10) +
            (f.targetMs === undefined ? '' : String(f.targetMs)).padStart(9) +
            (f.ratioToFloor === undefined ? '' : f.ratioToFloor.toFixed(1)).padStart(9) +
            miss +
            (f.note || f.unit ? `  (${[f.unit && `in ${f.unit}, not ms`, f.note].filter(Boolean).join('; ')})` : ''),
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (n: number) => (Number.isFinite(n) ? Math.round(n * 1000) / 1000 : null);
const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(3) : '—');

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
