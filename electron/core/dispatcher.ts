import type { IpcResult } from '../../shared/ipc/result';
import type { Caller } from './session';

/** What a door's transport sends every message to: the registry, or the recovery desk. */
export interface Dispatcher {
  invoke(name: unknown, payload: unknown, caller: Caller): Promise<IpcResult<unknown>>;
}

/**
 * The dispatcher a door holds for its whole life. It starts on the registry, or on the recovery
 * desk when the database is damaged, and moves to the registry once a backup has been restored,
 * without restarting the window or the browser-mode server.
 */
export class SwitchingDispatcher implements Dispatcher {
  constructor(private current: Dispatcher) {}

  switchTo(next: Dispatcher): void {
    this.current = next;
  }

  invoke(name: unknown, payload: unknown, caller: Caller): Promise<IpcResult<unknown>> {
    return this.current.invoke(name, payload, caller);
  }
}
