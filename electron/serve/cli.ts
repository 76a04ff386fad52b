import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, stringOption } from '../core/args';
import { clockFromOption } from '../core/clock-option';
import { openDesk } from '../app/open-desk';
import { chromiumPrinter } from '../rosters/chromium-printer';
import { resolveDbPath } from '../core/paths';
import { ensureDemoDatabase } from '../demo/ensure-demo';
import { useReadWorkerAt } from '../exchange/import/read-off-thread';
import { startLoopbackServer } from './loopback-server';
import { createCenterControl } from '../centerlink/center-control';

/**
 * `npm run serve [-- --db PATH] [--port N] [--clock ISO] [--center URL --desk NAME]`: browser mode.
 * The same core as the desktop app, with the built renderer, on 127.0.0.1. Prints the URL (with its
 * one-time token). With `--center` (or EXAM_DESK_CENTER_URL) the desk joins its center server as NAME (#19);
 * without, it joins the center a manager joined from Settings (remembered without its password: browser
 * mode keeps none, node-postgres takes it from PGPASSWORD or ~/.pgpass).
 * `npm run serve` builds once and runs this file's bundle, `out/main/serve.js` (electron.vite.config.ts),
 * under Node; run from source (tsx) it still works, for debugging.
 */
const here = dirname(fileURLToPath(import.meta.url));
const built = import.meta.url.endsWith('.js');
// The build puts the roster reader's worker and the renderer beside this bundle, as for the desktop app.
if (built) useReadWorkerAt(new URL('./read-worker.js', import.meta.url));

async function main(): Promise<void> {
  const { options } = parseArgs(process.argv.slice(2));
  const clock = clockFromOption(stringOption(options, 'clock'));
  const { path, isDefaultDemo } = resolveDbPath(stringOption(options, 'db'));
  const centerUrl = stringOption(options, 'center') ?? process.env.EXAM_DESK_CENTER_URL;
  const deskName = stringOption(options, 'desk');
  if (centerUrl && !deskName) throw new Error('--center needs --desk NAME: the name this desk has at the center.');
  const center = createCenterControl({ dbPath: path, clock, log: (m) => console.log(m) });
  // Before the store opens: a new desk takes the center's working copy of the day.
  if (centerUrl && deskName) await center.joinAtStart(centerUrl, deskName);
  if (isDefaultDemo) await ensureDemoDatabase(path, clock);
  const rendererDir = stringOption(options, 'renderer') ?? join(here, built ? '../renderer' : '../../out/renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`No built renderer in ${rendererDir}; run "npm run build" first.`);
  }
  // Browser mode renders documents through the machine's Chromium (EXAM_DESK_CHROMIUM to choose one).
  const opened = await openDesk(path, { clock, printer: chromiumPrinter(), backupLog: (m) => console.log(m), onCore: (core) => center.attach(core) });
  await center.rejoinRemembered();
  const port = stringOption(options, 'port');
  const server = await startLoopbackServer({
    registry: opened.dispatcher,
    rendererDir,
    port: port ? Number(port) : 0,
    desk: deskName,
  });
  if (opened.damaged) {
    console.error(opened.damaged);
    console.error('The desk opens in recovery: a manager can restore the newest good backup from the browser.');
  }
  console.log(`Exam Desk (browser mode) on ${path}`);
  const joined = center.current();
  if (joined) console.log(`Joined the center ${joined.server} as desk ${joined.desk}${joined.reachable ? '' : ' (offline: the center did not answer)'}`);
  console.log(`DESK_URL=${server.url}`);
  const stop = async () => {
    await server.close();
    await center.close();
    await opened.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
