import { z } from 'zod';
import { channel } from '../ipc/channel';

/** The newest backup that passed its integrity check, as the manager is offered it. */
export interface RecoveryBackup {
  name: string;
  takenAt: string;
  /** "YYYY-MM-DD HH:mm" in the center's time zone (read from the backup itself). */
  takenLocal: string;
  timeZone: string;
  centerName: string | null;
  bytes: number;
}

export interface RecoveryStatus {
  /** True when the database failed its check at start-up and the desk is in recovery. */
  damaged: boolean;
  problem: string | null;
  database: string | null;
  /** Where backups were looked for. */
  folder: string | null;
  backup: RecoveryBackup | null;
}

export interface RestoreOutcome {
  restoredFrom: string;
  takenLocal: string;
  /** Where the damaged file was kept (never deleted). */
  keptAside: string | null;
}

export const recoveryContract = {
  /** Is this desk running on a damaged database, and which backup would bring it back? */
  'recovery.status': channel<RecoveryStatus>()({ request: z.object({}).strict(), role: 'public' }),
  /**
   * Restores the offered backup. The damaged store holds no trustworthy accounts, so the
   * manager signs with a manager account of the backup being restored. Audited in the restored store.
   */
  'recovery.restore': channel<RestoreOutcome>()({
    request: z
      .object({
        backup: z.string().min(1).max(200),
        username: z.string().trim().min(1).max(64),
        password: z.string().min(1).max(200),
      })
      .strict(),
    role: 'public',
  }),
};
