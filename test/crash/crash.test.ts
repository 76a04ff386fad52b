import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { insertOperator } from '../../electron/accounts/operators-repo';
import { createCore } from '../../electron/app/create-core';
import { verifyIdCheckChain } from '../../electron/idlog/chain';
import { openStore } from '../../electron/store/open';
import { buildSyntheticCenter } from '../bench/synthetic-center';
import { bundleForNode } from '../support/bundle-node';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const KILLS = 80;
const DATE = '2026-12-07';
const START = '2026-12-07T00:20:00.000Z'; // 08:20 center time
const NINE = '2026-12-07T01:00:00.000Z';

/** The child as one bundled script, so each restart costs a Node start, not a TypeScript compile. */
async function bundleChild(): Promise<string> {
  const dir = join(process.cwd(), 'test-results', 'crash');
  mkdirSync(dir, { recursive: true });
  return bundleForNode('test/crash/admit-loop.ts', join(dir, 'admit-loop.mjs'), ['better-sqlite3']);
}

/** When to kill: on a state the child reports, never after a duration (#14.13). */
type KillAt = { stage: 'OPENING' } | { acks: number };

/**
 * Runs the child and kills it with SIGKILL as soon as it reports the chosen state: while it opens
 * the store ("OPENING"), or once it has acknowledged `acks` admissions (0: as soon as it is READY).
 * Where the kill lands after that line is up to the machine; what is checked does not depend on it.
 */
function runOnce(script: string, dbPath: string, killAt: KillAt): Promise<{ acked: number[]; done: boolean; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, dbPath, START, NINE], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const due = 'stage' in killAt ? out.includes(killAt.stage) : out.includes('READY') && (out.match(/^ACK \d+$/gm)?.length ?? 0) >= killAt.acks;
      if (due) child.kill('SIGKILL');
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', () => {
      const acked = [...out.matchAll(/^ACK (\d+)$/gm)].map((m) => Number(m[1]));
      resolve({ acked, done: out.includes('DONE'), stderr });
    });
  });
}

describe('crash: the desk process is killed at random moments while admitting', () => {
  test(`SIGKILL ${KILLS} times: every acknowledged admission is there and integrity_check says ok every time`, async () => {
    const dbPath = join(tempDir(), 'desk.sqlite');
    const core = await createCore(dbPath);
    await buildSyntheticCenter(core.store.db, { count: 6000, rooms: 40, firstDate: DATE, hashKey: core.hashKey, days: 1 });
    await insertOperator(core.store.db, { username: 'crash-proctor', displayName: 'Crash', role: 'proctor', passwordHash: 'scrypt$1$1$1$x$x', at: START });
    await core.store.close();
    const script = await bundleChild();

    // A seeded sequence of kill moments: while opening the store, or after 0 to 6 acknowledged admissions.
    let seed = 20261207;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const acked = new Set<number>();
    let kills = 0;
    let runs = 0;
    while (kills < KILLS) {
      const killAt: KillAt = rand() < 0.2 ? { stage: 'OPENING' } : { acks: Math.floor(rand() * 7) };
      const r = await runOnce(script, dbPath, killAt);
      runs++;
      if (r.stderr && !r.done) expect(r.stderr, 'the child failed on its own').not.toMatch(/Error/);
      for (const id of r.acked) acked.add(id);
      if (!r.done) kills++;

      const store = await openStore(dbPath);
      try {
        expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
        const present = new Set((await store.db.selectFrom('check_ins').select('appointment_id').execute()).map((c) => c.appointment_id));
        const lost = [...acked].filter((id) => !present.has(id));
        expect(lost, `after run ${runs}`).toEqual([]);
      } finally {
        await store.close();
      }
      if (r.done) break;
    }
    expect(kills).toBe(KILLS);
    expect(acked.size).toBeGreaterThan(50);
    const store = await openStore(dbPath);
    expect(await verifyIdCheckChain(store.db)).toMatchObject({ ok: true });
    // One check-in per appointment, however many times a run died between the check and the admission.
    const dupes = await store.db
      .selectFrom('check_ins')
      .select('appointment_id')
      .groupBy('appointment_id')
      .having((eb) => eb.fn.countAll(), '>', 1)
      .execute();
    expect(dupes).toEqual([]);
    await store.close();
  }, 1_800_000); // a safety net only: each run ends on a state the child reports
});
