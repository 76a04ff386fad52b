import { contextBridge, ipcRenderer } from 'electron';
import type { DeskBridge } from '../../shared/ipc/bridge';

/** The one narrow object the page gets: invoke a contract channel. Never ipcRenderer itself. */
const bridge = {
  invoke: (channel: string, payload: unknown) => ipcRenderer.invoke('exam-desk:invoke', { channel, payload }),
} satisfies DeskBridge;

contextBridge.exposeInMainWorld('examDesk', bridge);
