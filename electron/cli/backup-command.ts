import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringOption } from '../core/args';
import { backupNow, listBackups, restoreBackup } from '../exchange/backup/backup-files';
import { backupSettings, centerCode } from '../exchange/backup/backup-settings';
import { openStore, StoreOpenError } from '../store/open';
import type { Command } from './commands';

export const backupCommand: Command = {
  name: 'backup',
  summary: 'take an online backup of a database into its backup folder (or --to FOLDER), keeping the newest',
  usage: 'desk backup --db PATH [--to FOLDER] [--keep N]',
  async run({ options }) {
    const db = stringOption(options, 'db');
    if (!db) {
      console.error('backup: --db PATH is required');
      return 2;
    }
    const store = await openStore(db);
    try {
      const s = await backupSettings(store.db, db);
      const folder = stringOption(options, 'to') ?? s.folder;
      const keep = Number(stringOption(options, 'keep') ?? s.keep);
      const file = await backupNow(store, folder, { centerCode: await centerCode(store.db), at: new Date(), keep });
      console.log(`backup written: ${file.path} (${file.bytes} bytes)`);
      return 0;
    } finally {
      await store.close();
    }
  },
};

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'restore a backup (checked first; the current file is kept aside); the desk must be closed',
  usage: 'desk restore --db PATH [--from BACKUP.sqlite]   (default: the newest backup in the folder)',
  async run({ options }) {
    const db = stringOption(options, 'db');
    if (!db) {
      console.error('restore: --db PATH is required');
      return 2;
    }
    let from = stringOption(options, 'from');
    if (existsSync(db)) {
      // Refuse while a desk holds the file, and learn the backup folder from it when it opens.
      try {
        const store = await openStore(db);
        const folder = (await backupSettings(store.db, db)).folder;
        await store.close();
        from ??= listBackups(folder)[0]?.path;
      } catch (e) {
        if (e instanceof StoreOpenError && e.code === 'STORE_LOCKED') {
          console.error(`restore: ${e.message}`);
          return 1;
        }
        // A damaged file is what restore is for: look in the default folder.
        from ??= listBackups(join(dirname(db), 'backups'))[0]?.path;
      }
    } else {
      from ??= listBackups(join(dirname(db), 'backups'))[0]?.path;
    }
    if (!from) {
      console.error('restore: no backup found; name one with --from');
      return 1;
    }
    try {
      const r = restoreBackup(from, db, new Date());
      console.log(`restored ${from} to ${db}${r.keptAside ? `; the previous file is kept as ${r.keptAside}` : ''}`);
      return 0;
    } catch (e) {
      console.error(`restore: ${e instanceof Error ? e.message : String(e)}`);
      return 1;
    }
  },
};
