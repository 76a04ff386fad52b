import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildRegistry } from '../../electron/app/build-registry';
import { createCenterControl } from '../../electron/centerlink/center-control';
import { listDesks } from '../../electron/centerserver/desks-repo';
import { migrateCenter, openCenterPg } from '../../electron/centerserver/open-center';
import { usePgCluster } from '../support/pg-cluster';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const tempDir = useTempDir('exam-desk-door-rejoin-');
const cluster = usePgCluster();
const tsx = join(process.cwd(), 'node_modules/.bin/tsx');

/** Browser mode from source on a desk file, until it prints its URL; everything it said, then stopped. */
async function serveUntilReady(dbPath: string, rendererDir: string): Promise<string> {
  const child = spawn(tsx, ['electron/serve/cli.ts', '--db', dbPath, '--renderer', rendererDir, '--clock', '2026-12-05T08:20:00+08:00'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('DESK_URL=')) resolve();
      });
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      child.on('exit', (code) => reject(new Error(`browser mode exited ${code}: ${out}`)));
    });
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  }
  return out;
}

test('#19 browser mode started without --center joins the center a manager joined from Settings (the door calls rejoinRemembered after the store opens)', async () => {
  const url = await cluster().createDatabase('door_rejoin');
  const admin = openCenterPg(url, { connectTimeoutMs: 30_000, queryTimeoutMs: 60_000 });
  try {
    await migrateCenter(admin, 'postgres');
    const dir = tempDir();
    const desk = await openTestDesk(dir);
    const control = createCenterControl({ dbPath: desk.core.store.path, clock: desk.clock });
    control.attach(desk.core);
    const joined = await buildRegistry(desk.core).invoke('centerlink.join', { url, desk: 'north' }, await desk.as('manager'));
    expect(joined).toMatchObject({ ok: true });
    await control.close();
    await desk.close();

    const rendererDir = join(dir, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>desk</title>');
    const said = await serveUntilReady(desk.core.store.path, rendererDir);
    expect(said).toContain(`Joined the center ${url} as desk north\n`);
    expect((await listDesks(admin)).map((d) => d.name)).toEqual(['north']);
  } finally {
    await admin.destroy();
  }
}, 240_000);
