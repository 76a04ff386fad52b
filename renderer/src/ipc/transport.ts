import type { DeskBridge } from '../../../shared/ipc/bridge';
import type { IpcResult } from '../../../shared/ipc/result';
import { markDeskStale } from './stale-desk';

declare global {
  interface Window {
    examDesk?: DeskBridge;
  }
}

export type Transport = (channel: string, payload: unknown) => Promise<IpcResult<unknown>>;

const TOKEN_KEY = 'exam-desk.token';
const CLIENT_KEY = 'exam-desk.client';

/**
 * The desktop window talks through the preload bridge; browser mode posts to the loopback server
 * with the one-time token from the URL it was opened with.
 */
export function detectTransport(): Transport {
  const bridge = window.examDesk;
  if (bridge) return (channel, payload) => bridge.invoke(channel, payload);

  const fromHash = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token');
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    history.replaceState(null, '', window.location.pathname);
  }
  const token = sessionStorage.getItem(TOKEN_KEY) ?? '';
  let clientId = sessionStorage.getItem(CLIENT_KEY);
  if (!clientId) {
    clientId = crypto.randomUUID();
    sessionStorage.setItem(CLIENT_KEY, clientId);
  }
  const id = clientId;
  return async (channel, payload) => {
    try {
      const res = await fetch('/ipc', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-desk-token': token, 'x-desk-client': id },
        body: JSON.stringify({ channel, payload }),
      });
      const result = (await res.json()) as IpcResult<unknown>;
      // 403 BAD_SENDER: this tab's token is not the desk's (it restarted since): ask for the new address.
      if (res.status === 403 && !result.ok && result.error.code === 'BAD_SENDER') markDeskStale();
      return result;
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: 'The desk service is not reachable.' } };
    }
  };
}
