import { stringOption } from '../core/args';
import { backupSettings } from '../exchange/backup/backup-settings';
import { purgeExpired } from '../exchange/retention/purge';
import { openStore } from '../store/open';
import type { Command } from './commands';

/** `desk purge`: REP-3 retention purge from the command line; reports what it removed. */
export const purgeCommand: Command = {
  name: 'purge',
  summary: 'REP-3: delete photos and full document numbers (and old backups) past the retention period',
  usage: 'desk purge --db PATH [--dry-run]',
  async run({ options }) {
    const db = stringOption(options, 'db');
    if (!db) {
      console.error('purge: --db PATH is required');
      return 2;
    }
    const store = await openStore(db);
    try {
      const folder = (await backupSettings(store.db, db)).folder;
      const r = await purgeExpired(store, { now: new Date(), operatorId: null, backupFolder: folder, dryRun: options['dry-run'] === true, door: 'cli' });
      const verb = r.dryRun ? 'would remove' : 'removed';
      console.log(`retention ${r.days} days (exams before ${r.cutoff}): ${verb} the document numbers of ${r.candidates} candidates, ${r.photos} photos and ${r.backups.length} backups`);
      for (const b of r.backups) console.log(`  backup ${b}`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
