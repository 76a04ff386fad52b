import { app, dialog, net, protocol } from 'electron';
import { dirname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs, stringOption } from '../core/args';
import { clockFromOption } from '../core/clock-option';
import { openDesk } from '../app/open-desk';
import { joinCenter, type CenterJoin } from '../centerlink/join';
import { resolveDbPath } from '../core/paths';
import { ensureDemoDatabase } from '../demo/ensure-demo';
import { useReadWorkerAt } from '../exchange/import/read-off-thread';
import { APP_SCHEME } from './hardening';
import { desktopCenterUrl } from './center-password';
import { bridgeIpc } from './ipc-bridge';
import { electronPrinter, printFontFile, printResponse } from './print-electron';
import { createMainWindow, guardSession } from './window';

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

if (!app.requestSingleInstanceLock()) {
  // Another Exam Desk window owns the database; it is focused by its second-instance handler.
  app.quit();
} else {
  void start();
}

const here = dirname(fileURLToPath(import.meta.url));
// The build puts the roster reader's worker beside this file (electron.vite.config.ts).
useReadWorkerAt(new URL('./read-worker.js', import.meta.url));

async function start(): Promise<void> {
  await app.whenReady();
  const { options } = parseArgs(process.argv.slice(1));
  const clock = clockFromOption(stringOption(options, 'clock'));
  const { path, isDefaultDemo } = resolveDbPath(stringOption(options, 'db'), {
    ...process.env,
    EXAM_DESK_DATA_DIR: process.env.EXAM_DESK_DATA_DIR ?? app.getPath('userData'),
  });
  const rendererDir = join(here, '../renderer');
  protocol.handle(APP_SCHEME, (request) => {
    const { pathname } = new URL(request.url);
    // Documents being printed and the bundled fonts they use (see print-electron.ts).
    const printed = printResponse(pathname);
    if (printed) return printed;
    const font = printFontFile(pathname);
    if (font) return net.fetch(pathToFileURL(font).toString());
    const file = normalize(join(rendererDir, decodeURIComponent(pathname)));
    if (!file.startsWith(rendererDir + sep)) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(file).toString());
  });
  guardSession();
  let center: CenterJoin | null = null;
  try {
    // `--center URL --desk NAME` (or EXAM_DESK_CENTER_URL): join the center server (#19), before the store opens.
    const centerUrl = stringOption(options, 'center') ?? process.env.EXAM_DESK_CENTER_URL;
    const deskName = stringOption(options, 'desk');
    if (centerUrl && !deskName) throw new Error('--center needs --desk NAME: the name this desk has at the center.');
    if (centerUrl && deskName) {
      const url = desktopCenterUrl(centerUrl, path, (m) => console.log(m));
      center = await joinCenter({ url, desk: deskName, dbPath: path, clock, log: (m) => console.log(m) });
    }
    const joined = center;
    if (isDefaultDemo) await ensureDemoDatabase(path, clock);
    // A damaged database is not opened: the window shows the recovery screen, where a manager
    // restores the newest good backup (told what time it is from) and the desk carries on.
    const opened = await openDesk(path, { clock, printer: electronPrinter, backupLog: (m) => console.log(m), ...(joined ? { onCore: (core) => joined.attach(core) } : {}) });
    const win = createMainWindow(join(here, '../preload/index.cjs'));
    bridgeIpc(opened.dispatcher, win);
    app.on('second-instance', () => {
      if (win.isMinimized()) win.restore();
      win.focus();
    });
    app.on('window-all-closed', () => {
      void (async () => {
        await joined?.close();
        await opened.close();
      })().then(() => app.quit());
    });
  } catch (error) {
    void center?.close();
    dialog.showErrorBox('Exam Desk', error instanceof Error ? error.message : String(error));
    app.quit();
  }
}
