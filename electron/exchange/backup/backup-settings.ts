import type { Kysely } from 'kysely';
import { dirname, join, resolve } from 'node:path';
import type { DB } from '../../store/schema';

export interface BackupSettings {
  folder: string;
  keep: number;
  /** 0: on demand only. */
  everyMinutes: number;
}

/** Where backups go: the chosen folder (a USB drive), else "backups" beside the database. */
export async function backupSettings(db: Kysely<DB>, dbPath: string): Promise<BackupSettings> {
  const rows = await db.selectFrom('settings').selectAll().where('key', 'in', ['backup.folder', 'backup.keep', 'backup.everyMinutes']).execute();
  const v = new Map(rows.map((r) => [r.key, r.value]));
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
    await db
      .insertInto('settings')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }
}

export async function centerCode(db: Kysely<DB>): Promise<string> {
  return (await db.selectFrom('centers').select('code').orderBy('id').limit(1).executeTakeFirst())?.code ?? 'desk';
}

const FOLDERS_KEY = 'backup.folders';

/** Every folder a backup of this database was written to (the CLI's --to included), as recorded. */
export async function recordedBackupFolders(db: Kysely<DB>): Promise<string[]> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', FOLDERS_KEY).executeTakeFirst();
  try {
    const list = JSON.parse(row?.value ?? '[]') as unknown;
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
  await db
    .insertInto('settings')
    .values({ key: FOLDERS_KEY, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/** The configured folder, "backups" beside the database and every folder a backup was written to. */
export async function knownBackupFolders(db: Kysely<DB>, dbPath: string): Promise<string[]> {
  const s = await backupSettings(db, dbPath);
  return [...new Set([s.folder, join(dirname(dbPath), 'backups'), ...(await recordedBackupFolders(db))].map((f) => resolve(f)))];
}
