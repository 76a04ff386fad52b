import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, stringOption } from '../core/args';
import { buildRegistry } from '../core/build-registry';
import { clockFromOption } from '../core/clock-option';
import { createCore } from '../core/create-core';
import { chromiumPrinter } from '../rosters/chromium-printer';
import { listBackups } from '../exchange/backup/backup-files';
import { startBackupSchedule } from '../exchange/backup/scheduler';
import { StoreOpenError } from '../store/open';
import { resolveDbPath } from '../core/paths';
import { ensureDemoDatabase } from '../demo/ensure-demo';
import { startLoopbackServer } from './loopback-server';

/**
 * `npm run serve [-- --db PATH] [--port N] [--clock ISO]`: browser mode. The same core as the
 * desktop app, with the built renderer, on 127.0.0.1. Prints the URL (with its one-time token).
 */
async function main(): Promise<void> {
  const { options } = parseArgs(process.argv.slice(2));
  const clock = clockFromOption(stringOption(options, 'clock'));
  const { path, isDefaultDemo } = resolveDbPath(stringOption(options, 'db'));
  if (isDefaultDemo) await ensureDemoDatabase(path, clock);
  const rendererDir =
    stringOption(options, 'renderer') ?? join(dirname(fileURLToPath(import.meta.url)), '../../out/renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`No built renderer in ${rendererDir}; run "npm run build" first.`);
  }
  // Browser mode renders documents through the machine's Chromium (EXAM_DESK_CHROMIUM to choose one).
  const core = await createCore(path, { clock, printer: chromiumPrinter() });
  const registry = buildRegistry(core);
  const stopBackups = startBackupSchedule(core, (m) => console.log(m));
  const port = stringOption(options, 'port');
  const server = await startLoopbackServer({
    registry,
    rendererDir,
    port: port ? Number(port) : 0,
    desk: stringOption(options, 'desk'),
  });
  console.log(`Exam Desk (browser mode) on ${path}`);
  console.log(`DESK_URL=${server.url}`);
  const stop = async () => {
    stopBackups();
    await server.close();
    await core.store.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  if (error instanceof StoreOpenError && error.code === 'STORE_DAMAGED') {
    const { path } = resolveDbPath(stringOption(parseArgs(process.argv.slice(2)).options, 'db'));
    const latest = listBackups(join(dirname(path), 'backups'))[0];
    if (latest) console.error(`The newest backup is from ${latest.takenAt}: npm run desk -- restore --db "${path}" --from "${latest.path}"`);
  }
  process.exit(1);
});
