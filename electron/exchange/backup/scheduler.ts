import type { Core } from '../../core/context';
import { backupNow, changeCount } from './backup-files';
import { backupSettings, centerCode } from './backup-settings';

export type TickOutcome = 'off' | 'not-due' | 'unchanged' | 'taken' | 'busy' | 'failed';

export interface BackupScheduler {
  /** One look at the clock and the store: backs up when due and something changed. */
  tick(): Promise<TickOutcome>;
  stop(): void;
}

/**
 * Backs up while the desk runs: every `everyMinutes` (a setting) of the desk clock, and only when
 * something was committed since the last backup. "Something" is SQLite's change counter of the
 * store's one connection (total_changes()): the desk is the only writer, so every committed row
 * moves it — admissions and identity checks included, which write no audit entry (#14.5). The
 * audit head alone missed them. (PRAGMA data_version would not do: it only moves for commits of
 * other connections.) A rolled-back statement moves it too, which at worst costs one backup more.
 */
export function createBackupScheduler(core: Core, log: (message: string) => void): BackupScheduler {
  let lastAt = core.clock.now().getTime();
  // The counter when the schedule started: what was there at open needs no new backup.
  const started = changeCount(core.store).catch(() => 0);
  let lastChanges: number | null = null;
  let running = false;
  let stopped = false;
  const tick = async (): Promise<TickOutcome> => {
    if (running || stopped) return 'busy';
    running = true;
    try {
      lastChanges ??= await started;
      const db = core.store.db;
      const s = await backupSettings(db, core.store.path);
      if (s.everyMinutes <= 0) return 'off';
      const now = core.clock.now();
      if (now.getTime() - lastAt < s.everyMinutes * 60_000) return 'not-due';
      if ((await changeCount(core.store)) === lastChanges) return 'unchanged';
      const file = await backupNow(core.store, s.folder, { centerCode: await centerCode(db), at: now, keep: s.keep });
      lastChanges = file.changesAt;
      lastAt = now.getTime();
      log(`backup written: ${file.path}`);
      return 'taken';
    } catch (e) {
      log(`scheduled backup failed: ${e instanceof Error ? e.message : String(e)}`);
      return 'failed';
    } finally {
      running = false;
    }
  };
  return {
    tick,
    stop: () => {
      stopped = true;
    },
  };
}

/** The scheduler on a timer that looks once a minute (real time); returns a stop function. */
export function startBackupSchedule(core: Core, log: (message: string) => void, everyMs = 60_000): () => void {
  const scheduler = createBackupScheduler(core, log);
  const timer = setInterval(() => void scheduler.tick(), everyMs);
  timer.unref?.();
  return () => {
    clearInterval(timer);
    scheduler.stop();
  };
}
