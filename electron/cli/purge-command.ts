import { stringOption } from '../core/args';
import { backupSettings } from '../exchange/backup/backup-settings';
import { purgeExpired } from '../exchange/retention/purge';
import { openStore } from '../store/open';
import type { Command } from './commands';

/** `desk purge`: REP-3 retention purge from the command line; reports what it removed. */
export const purgeCommand: Command = {
  name: 'purge',
  summary: 'REP-3: delete photos and full document numbers past the retention period, in the database and in every backup it knows of',
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
      const b = r.backups;
      if (r.centerOutbox > 0) console.log(`center outbox: ${verb} ${r.centerOutbox} rows the center already took`);
      console.log(`retention ${r.days} days (exams before ${r.cutoff}): ${verb} the document numbers of ${r.candidates} candidates and ${r.photos} photos`);
      console.log(
        r.dryRun
          ? `backups: ${b.holding} of ${b.found} hold data to purge (would be rewritten without it, or removed if past retention)`
          : `backups: ${b.found} found, ${b.holding} held data to purge: ${b.rewritten} rewritten, ${b.removed} removed, ${b.failed} failed`,
      );
      for (const f of b.folders) console.log(`  looked in ${f}`);
      for (const f of b.failures) console.error(`  FAILED ${f}`);
      return b.failed > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
