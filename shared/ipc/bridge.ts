import type { IpcResult } from './result';

/** What the preload exposes as `window.examDesk`. */
export interface DeskBridge {
  invoke(channel: string, payload: unknown): Promise<IpcResult<unknown>>;
}
