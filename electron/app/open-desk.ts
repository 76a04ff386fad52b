import { dirname, join } from 'node:path';
import { startBackupSchedule } from '../exchange/backup/scheduler';
import type { DocumentPrinter } from '../rosters/printer';
import { RecoveryDesk } from '../recovery/recovery-desk';
import { StoreOpenError } from '../store/open';
import { buildRegistry } from './build-registry';
import type { Clock } from '../core/clock';
import type { Core } from '../core/context';
import { createCore } from './create-core';
import { SwitchingDispatcher } from '../core/dispatcher';

export interface OpenedDesk {
  dispatcher: SwitchingDispatcher;
  /** The open core, or null while the desk is in recovery. */
  core(): Core | null;
  /** Why the desk is in recovery (the store failed its check), or null. */
  damaged: string | null;
  /** Stops the backup schedule and closes the open store (if any). */
  close(): Promise<void>;
}

/**
 * Opens the store for a door (desktop window or browser mode). A damaged store is not opened:
 * the door gets the recovery desk instead, which offers the newest good backup from the
 * `backups` folder beside the database and switches the door to the restored store. With
 * `backupLog`, scheduled backups run on whichever store is open (messages go to the log).
 */
export async function openDesk(
  path: string,
  opts: {
    clock: Clock;
    printer?: DocumentPrinter;
    backupLog?(message: string): void;
    /** Called with each core the desk opens, before any call reaches it (a joined desk's center link). */
    onCore?(core: Core): void;
  },
): Promise<OpenedDesk> {
  let current: Core | null = null;
  let stopBackups = () => {};
  const started = (core: Core) => {
    current = core;
    if (opts.backupLog) stopBackups = startBackupSchedule(core, opts.backupLog);
  };
  const close = async () => {
    stopBackups();
    await current?.store.close();
  };
  const open = async () => {
    const core = await createCore(path, { clock: opts.clock, ...(opts.printer ? { printer: opts.printer } : {}) });
    opts.onCore?.(core);
    return { core, registry: buildRegistry(core) };
  };
  try {
    const { core, registry } = await open();
    started(core);
    return { dispatcher: new SwitchingDispatcher(registry), core: () => current, damaged: null, close };
  } catch (error) {
    // A damaged store, or one whose newest records vanished (#14.12), goes to recovery; anything
    // else (a missing or wrong key, a locked file) stops the door with its message.
    if (!(error instanceof StoreOpenError && (error.code === 'STORE_DAMAGED' || error.code === 'STORE_TAIL_MISSING'))) throw error;
    const dispatcher: SwitchingDispatcher = new SwitchingDispatcher(
      new RecoveryDesk({
        dbPath: path,
        problem: error.message,
        reason: error.code,
        folder: join(dirname(path), 'backups'),
        clock: opts.clock,
        reopen: async () => {
          const { core, registry } = await open();
          return {
            core,
            activate: () => {
              dispatcher.switchTo(registry);
              started(core);
            },
          };
        },
      }),
    );
    return { dispatcher, core: () => current, damaged: error.message, close };
  }
}
