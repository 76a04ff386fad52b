import { app, dialog, net, protocol } from 'electron';
import { dirname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs, stringOption } from '../core/args';
import { buildRegistry } from '../core/build-registry';
import { clockFromOption } from '../core/clock-option';
import { createCore } from '../core/create-core';
import { resolveDbPath } from '../core/paths';
import { ensureDemoDatabase } from '../demo/ensure-demo';
import { checkDatabaseFile, listBackups, restoreBackup } from '../exchange/backup/backup-files';
import { startBackupSchedule } from '../exchange/backup/scheduler';
import { StoreOpenError } from '../store/open';
import { APP_SCHEME } from './hardening';
import { bridgeIpc } from './ipc-bridge';
import { electronPrinter, printFontFile, printResponse } from './print-electron';
import { createMainWindow, guardSession } from './window';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

if (!app.requestSingleInstanceLock()) {
  // Another Exam Desk window owns the database; it is focused by its second-instance handler.
  app.quit();
} else {
  void start();
}

const here = dirname(fileURLToPath(import.meta.url));

/**
 * A damaged database is never opened for writing: the manager is offered the newest good backup
 * (with the time it is from); the damaged file is kept aside and the app starts again.
 */
function offerRestore(dbPath: string, problem: string): boolean {
  const latest = listBackups(join(dirname(dbPath), 'backups')).find((b) => checkDatabaseFile(b.path, false) === 'ok');
  if (!latest) return false;
  const choice = dialog.showMessageBoxSync({
    type: 'warning',
    title: 'Exam Desk',
    message: `${problem}\n\n数据库文件已损坏。可以恢复 ${latest.takenAt.slice(0, 16).replace('T', ' ')} (UTC) 的备份；损坏的文件会被保留。\nThe database is damaged. Restore the backup taken at ${latest.takenAt} (UTC)? The damaged file is kept aside.`,
    buttons: ['恢复备份 Restore backup', '退出 Quit'],
    defaultId: 0,
    cancelId: 1,
  });
  if (choice !== 0) return false;
  restoreBackup(latest.path, dbPath, new Date());
  app.relaunch();
  app.exit(0);
  return true;
}

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
  try {
    if (isDefaultDemo) await ensureDemoDatabase(path, clock);
    const core = await createCore(path, { clock, printer: electronPrinter });
    const registry = buildRegistry(core);
    const stopBackups = startBackupSchedule(core, (m) => console.log(m));
    const win = createMainWindow(join(here, '../preload/index.cjs'));
    bridgeIpc(registry, win);
    app.on('second-instance', () => {
      if (win.isMinimized()) win.restore();
      win.focus();
    });
    app.on('window-all-closed', () => {
      stopBackups();
      void core.store.close().then(() => app.quit());
    });
  } catch (error) {
    if (error instanceof StoreOpenError && error.code === 'STORE_DAMAGED' && offerRestore(path, error.message)) return;
    dialog.showErrorBox('Exam Desk', error instanceof Error ? error.message : String(error));
    app.quit();
  }
}
