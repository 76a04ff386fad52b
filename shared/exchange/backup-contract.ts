import { z } from 'zod';
import { channel } from '../ipc/channel';

export interface BackupEntry {
  name: string;
  takenAt: string;
  /** Center-local "YYYY-MM-DD HH:mm". */
  takenLocal: string;
  bytes: number;
}

export interface BackupStatus {
  folder: string;
  keep: number;
  everyMinutes: number;
  backups: BackupEntry[];
}

/** What the purge did to the backups it knows of (#14.6); in a dry run only `found` and `holding`. */
export interface BackupPurgeView {
  folders: string[];
  found: number;
  /** Backups holding data the purge deletes (past retention, or a purged candidate's number or photo). */
  holding: number;
  rewritten: number;
  removed: number;
  failed: number;
  failures: string[];
}

/** REP-3 at the center when the desk is joined (#19): what the same cutoff removed (or would) there; `error` when the center could not be reached. */
export interface CenterPurgeView {
  checkins: number;
  conflicts: number;
  openConflictsKept: number;
  snapshotsRemoved: number;
  snapshotsRewritten: number;
  snapshotsHolding: number;
  error: string | null;
}

export interface PurgeView {
  days: number;
  cutoff: string;
  candidates: number;
  photos: number;
  backups: BackupPurgeView;
  dryRun: boolean;
  /** Only on a desk joined to a center. */
  center?: CenterPurgeView;
}

export const backupContract = {
  /** REP-3: what the retention purge would remove now (nothing is deleted). */
  'retention.check': channel<PurgeView>()({ request: z.object({}).strict(), role: 'manager' }),
  /** REP-3: deletes photos and full document numbers past retention, and old backups. Audited. */
  'retention.purge': channel<PurgeView>()({ request: z.object({ confirm: z.literal(true) }).strict(), role: 'manager' }),
  /** The retention period in days after the exam. Audited. */
  'retention.configure': channel<PurgeView>()({ request: z.object({ days: z.number().int().min(1).max(3650) }).strict(), role: 'manager' }),
  /** The backup folder, schedule and the backups in it, newest first. */
  'backup.status': channel<BackupStatus>()({ request: z.object({}).strict(), role: 'manager' }),
  /** An online backup now (SQLite's backup API; the desk keeps working). Audited. */
  'backup.now': channel<BackupEntry>()({ request: z.object({}).strict(), role: 'manager' }),
  /** Where backups go (a USB drive), how many to keep, how often. Audited. */
  'backup.configure': channel<BackupStatus>()({
    request: z
      .object({
        folder: z.string().trim().min(1).max(1000),
        keep: z.number().int().min(1).max(1000),
        everyMinutes: z
          .number()
          .int()
          .min(0)
          .max(24 * 60),
      })
      .strict(),
    role: 'manager',
  }),
};
