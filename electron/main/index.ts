import { app, dialog, net, protocol } from 'electron';
import { dirname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs, stringOption } from '../core/args';
import { clockFromOption } from '../core/clock-option';
import { openDesk } from '../app/open-desk';
import { createCenterControl, type DoorCenterControl } from '../centerlink/center-control';
import { resolveDbPath } from '../core/paths';
import { ensureDemoDatabase } from '../demo/ensure-demo';
import { useReadWorkerAt } from '../exchange/import/read-off-thread';
import { APP_SCHEME } from './hardening';
import { desktopPasswords } from './center-password';
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
  const log = (m: string) => console.log(m);
  // The center server (#19): the password kept with safeStorage; a manager may join or leave from Settings.
  const center: DoorCenterControl = createCenterControl({ dbPath: path, clock, log, passwords: desktopPasswords(path, log) });
  try {
    // `--center URL --desk NAME` (or EXAM_DESK_CENTER_URL): join the center server, before the store opens.
    const centerUrl = stringOption(options, 'center') ?? process.env.EXAM_DESK_CENTER_URL;
    const deskName = stringOption(options, 'desk');
    if (centerUrl && !deskName) throw new Error('--center needs --desk NAME: the name this desk has at the center.');
    if (centerUrl && deskName) await center.joinAtStart(centerUrl, deskName);
    if (isDefaultDemo) await ensureDemoDatabase(path, clock);
    // A damaged database is not opened: the window shows the recovery screen, where a manager
    // restores the newest good backup (told what time it is from) and the desk carries on.
    const opened = await openDesk(path, { clock, printer: electronPrinter, backupLog: log, onCore: (core) => center.attach(core) });
    // Without --center: the center a manager joined from Settings, if any.
    await center.rejoinRemembered();
    const win = createMainWindow(join(here, '../preload/index.cjs'));
    bridgeIpc(opened.dispatcher, win);
    app.on('second-instance', () => {
      if (win.isMinimized()) win.restore();
      win.focus();
    });
    app.on('window-all-closed', () => {
      void (async () => {
        await center.close();
        await opened.close();
      })().then(() => app.quit());
    });
  } catch (error) {
    void center.close();
    dialog.showErrorBox('Exam Desk', error instanceof Error ? error.message : String(error));
    app.quit();
  }
}
