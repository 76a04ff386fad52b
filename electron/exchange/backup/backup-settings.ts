import type { Kysely } from 'kysely';
import { dirname, join, resolve } from 'node:path';
import type { DB } from '../../store/schema';
import { readSetting, writeSetting } from '../../store/settings-repo';
import { firstCenterCode } from './backup-repo';

export interface BackupSettings {
  folder: string;
  keep: number;
  /** 0: on demand only. */
  everyMinutes: number;
}

/** Where backups go: the chosen folder (a USB drive), else "backups" beside the database. */
export async function backupSettings(db: Kysely<DB>, dbPath: string): Promise<BackupSettings> {
  const v = new Map<string, string | undefined>();
  for (const key of ['backup.folder', 'backup.keep', 'backup.everyMinutes']) v.set(key, await readSetting(db, key));
  return {
    folder: v.get('backup.folder') || join(dirname(dbPath), 'backups'),
    keep: Number(v.get('backup.keep') ?? 14),
    everyMinutes: Number(v.get('backup.everyMinutes') ?? 30),
  };
}

export async function saveBackupSettings(db: Kysely<DB>, s: BackupSettings): Promise<void> {
  for (const [key, value] of [
    ['backup.folder', s.folder],
    ['backup.keep', String(s.keep)],
    ['backup.everyMinutes', String(s.everyMinutes)],
  ] as const) {
    await writeSetting(db, key, value);
  }
}

export async function centerCode(db: Kysely<DB>): Promise<string> {
  return firstCenterCode(db);
}

const FOLDERS_KEY = 'backup.folders';

/** Every folder a backup of this database was written to (the CLI's --to included), as recorded. */
export async function recordedBackupFolders(db: Kysely<DB>): Promise<string[]> {
  const value = await readSetting(db, FOLDERS_KEY);
  try {
    const list = JSON.parse(value ?? '[]') as unknown;
    return Array.isArray(list) ? list.filter((f): f is string => typeof f === 'string') : [];
  } catch {
    return [];
  }
}

/** Records a folder a backup is written to, so the purge and the way back can find it later. */
export async function rememberBackupFolder(db: Kysely<DB>, folder: string): Promise<void> {
  const abs = resolve(folder);
  const known = await recordedBackupFolders(db);
  if (known.includes(abs)) return;
  const value = JSON.stringify([...known, abs]);
  await writeSetting(db, FOLDERS_KEY, value);
}

/** The configured folder, "backups" beside the database and every folder a backup was written to. */
export async function knownBackupFolders(db: Kysely<DB>, dbPath: string): Promise<string[]> {
  const s = await backupSettings(db, dbPath);
  return [...new Set([s.folder, join(dirname(dbPath), 'backups'), ...(await recordedBackupFolders(db))].map((f) => resolve(f)))];
}
