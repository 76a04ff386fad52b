import { auditHead } from '../../audit/audit-log';
import type { Core } from '../../core/context';
import { backupNow } from './backup-files';
import { backupSettings, centerCode } from './backup-settings';

/**
 * Backs up on a schedule while the desk runs: every `everyMinutes` (a setting), and only when
 * something was recorded since the last backup (the audit log's head moved). Returns a stop function.
 */
export function startBackupSchedule(core: Core, log: (message: string) => void): () => void {
  let lastHead: string | null = null;
  let lastAt = 0;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const db = core.store.db;
      const s = await backupSettings(db, core.store.path);
      const now = core.clock.now();
      const head = await auditHead(db);
      if (s.everyMinutes <= 0 || head === lastHead || now.getTime() - lastAt < s.everyMinutes * 60_000) return;
      const file = await backupNow(core.store, s.folder, { centerCode: await centerCode(db), at: now, keep: s.keep });
      lastHead = head;
      lastAt = now.getTime();
      log(`backup written: ${file.path}`);
    } catch (e) {
      log(`scheduled backup failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), 60_000);
  timer.unref?.();
  return () => clearInterval(timer);
}
