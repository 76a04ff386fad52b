import { useSyncExternalStore } from 'react';

/**
 * Browser mode: after the desk restarts, a tab opened before holds the previous start's token and
 * every call is refused with BAD_SENDER. The transport reports it here once and the shell asks
 * for the new address instead of showing "Bad or missing desk token" on every screen.
 */
let stale = false;
const listeners = new Set<() => void>();

export function markDeskStale(): void {
  if (stale) return;
  stale = true;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useDeskStale(): boolean {
  return useSyncExternalStore(subscribe, () => stale);
}
