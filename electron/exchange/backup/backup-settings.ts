import type { Kysely } from 'kysely';
import { dirname, join } from 'node:path';
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
    await db.insertInto('settings').values({ key, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute();
  }
}

export async function centerCode(db: Kysely<DB>): Promise<string> {
  return (await db.selectFrom('centers').select('code').orderBy('id').limit(1).executeTakeFirst())?.code ?? 'desk';
}
