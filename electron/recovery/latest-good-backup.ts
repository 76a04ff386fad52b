import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { RecoveryBackup } from '../../shared/recovery/contract';
import { checkDatabaseFile, listBackups } from '../exchange/backup/backup-files';
import type { DB } from '../store/schema';
import { activeManager, firstCenter } from './recovery-repo';
import { localDateTime } from '../today/local-time';
import { DEFAULT_CENTER_ZONE } from '../../shared/time/default-zone';

/** A backup file opened read-only through Kysely, closed after `read`. */
async function readBackup<T>(path: string, read: (db: Kysely<DB>) => Promise<T>): Promise<T> {
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: new Database(path, { readonly: true, fileMustExist: true }) }) });
  try {
    return await read(db);
  } finally {
    await db.destroy();
  }
}

/** The newest backup in `folder` that passes its quick check, with the center it belongs to. */
export async function latestGoodBackup(folder: string): Promise<(RecoveryBackup & { path: string }) | null> {
  const file = listBackups(folder).find((b) => checkDatabaseFile(b.path, false) === 'ok');
  if (!file) return null;
  const center = await readBackup(file.path, firstCenter);
  const timeZone = center?.time_zone ?? DEFAULT_CENTER_ZONE;
  return { path: file.path, name: file.name, takenAt: file.takenAt, takenLocal: localDateTime(file.takenAt, timeZone), timeZone, centerName: center?.name ?? null, bytes: file.bytes };
}

/** An active manager account of the backup itself: the damaged store's accounts cannot be trusted. */
export function managerOfBackup(path: string, username: string): Promise<{ id: number; password_hash: string } | undefined> {
  return readBackup(path, (db) => activeManager(db, username));
}
