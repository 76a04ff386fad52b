import { useEffect, useState } from 'react';

/**
 * Browser mode: after the desk restarts, a tab opened before holds the previous start's token and
 * every call is refused with BAD_SENDER. The transport reports it here once and the shell asks
 * for the new address instead of showing "Bad or missing desk token" on every screen.
 */
let stale = false;
const listeners = new Set<(v: boolean) => void>();

export function markDeskStale(): void {
  if (stale) return;
  stale = true;
  for (const l of listeners) l(true);
}

export function useDeskStale(): boolean {
  const [v, setV] = useState(stale);
  useEffect(() => {
    listeners.add(setV);
    setV(stale);
    return () => {
      listeners.delete(setV);
    };
  }, []);
  return v;
}
