import { BrowserWindow } from 'electron';
import { randomUUID } from 'node:crypto';
import type { PrinterInfo } from '../../shared/rosters/contract';
import { DomainError } from '../core/errors';
import { printableHtml } from '../rosters/compose';
import { fontFaceCss, fontFile } from '../rosters/fonts';
import type { DocumentPrinter, PrintJob } from '../rosters/printer';
import { APP_ORIGIN } from './hardening';

/** Print documents wait here for the hidden print window to load them from app://desk/print/<id>. */
const jobs = new Map<string, string>();
const FONT_PATH = '/print-fonts/';
const JOB_PATH = '/print/';

/**
 * What the app:// protocol serves for a document being printed (its HTML), or null for every
 * other path (the renderer's files and the fonts are served by the handler as before).
 */
export function printResponse(pathname: string): Response | null {
  if (!pathname.startsWith(JOB_PATH)) return null;
  const html = jobs.get(pathname.slice(JOB_PATH.length));
  return html === undefined ? new Response('Not found', { status: 404 }) : new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/** The font file an app:// font path names (the protocol handler streams it). */
export function printFontFile(pathname: string): string | null {
  return pathname.startsWith(FONT_PATH) ? fontFile(pathname.slice(FONT_PATH.length)) : null;
}

/** Loads a job into a hidden, sandboxed window on the app's origin and hands it to `use`. */
async function withPrintWindow<T>(job: PrintJob, use: (win: BrowserWindow) => Promise<T>): Promise<T> {
  const id = randomUUID();
  jobs.set(id, printableHtml(job, fontFaceCss(`${APP_ORIGIN}${FONT_PATH}`), job.lang));
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
  });
  try {
    await win.loadURL(`${APP_ORIGIN}${JOB_PATH}${id}`);
    return await use(win);
  } finally {
    jobs.delete(id);
    win.destroy();
  }
}

/** The desktop app's printing: printToPDF for files, webContents.print for a chosen printer. */
export const electronPrinter: DocumentPrinter = {
  name: 'electron',
  pdf: (job) =>
    withPrintWindow(job, async (win) => {
      const data = await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true, margins: { top: 0, bottom: 0, left: 0, right: 0 } });
      return new Uint8Array(data);
    }),
  async printers(): Promise<PrinterInfo[]> {
    const win = BrowserWindow.getAllWindows()[0];
    if (!win) return [];
    const list = await win.webContents.getPrintersAsync();
    return list.map((p) => ({ name: p.name, displayName: p.displayName || p.name, isDefault: Boolean((p as { isDefault?: boolean }).isDefault) }));
  },
  print: (job, printer) =>
    withPrintWindow(
      job,
      (win) =>
        new Promise<void>((resolve, reject) => {
          win.webContents.print({ silent: true, deviceName: printer, printBackground: true, margins: { marginType: 'none' } }, (ok, reason) => {
            if (ok) resolve();
            else reject(new DomainError('PRINT_UNAVAILABLE', `The printer "${printer}" did not take the job: ${reason}.`));
          });
        }),
    ),
};
