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

export const backupContract = {
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
        everyMinutes: z.number().int().min(0).max(24 * 60),
      })
      .strict(),
    role: 'manager',
  }),
};
