import { useEffect, useSyncExternalStore } from 'react';

/*
 * Whether the conflicts panel (Settings → Center server) is on the screen: the blocking alert stands
 * aside while it is, however the manager got there (the tab, a link, the alert's button).
 */
let shown = 0;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called by the panel: it is shown while the calling component is mounted. */
export function useMarkPanelShown(): void {
  useEffect(() => {
    shown += 1;
    notify();
    return () => {
      shown -= 1;
      notify();
    };
  }, []);
}

/** Whether the panel is shown now. */
export function usePanelShown(): boolean {
  return useSyncExternalStore(subscribe, () => shown > 0);
}
