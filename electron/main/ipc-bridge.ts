import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { hostname } from 'node:os';
import { fail } from '../../shared/ipc/result';
import type { Dispatcher } from '../core/dispatcher';
import { isAppUrl } from './hardening';

export const INVOKE_CHANNEL = 'exam-desk:invoke';

/** Is this message from our window's top frame, showing our own page? (after vscode's ipcMain) */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>, win: BrowserWindow): boolean {
  const frame = event.senderFrame;
  if (!frame || event.sender !== win.webContents) return false;
  if (frame !== win.webContents.mainFrame) return false;
  return isAppUrl(frame.url);
}

/** Electron's transport: one invoke channel into the same registry as browser mode. */
export function bridgeIpc(registry: Dispatcher, win: BrowserWindow): void {
  const desk = hostname();
  ipcMain.handle(INVOKE_CHANNEL, async (event, message: unknown) => {
    if (!isTrustedSender(event, win)) return fail('BAD_SENDER', 'Message from an untrusted frame');
    const { channel, payload } = (message ?? {}) as { channel?: unknown; payload?: unknown };
    return registry.invoke(channel, payload, {
      transport: 'electron',
      clientId: `electron:${event.sender.id}`,
      desk,
    });
  });
}
