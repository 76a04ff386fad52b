import { join } from 'node:path';
import { measure } from '../measure';
import type { Measure } from './index';

/** Whole-database operations: SQLite's online backup and the integrity check. */
export const storeMeasure: Measure = {
  name: 'backup and integrity',
  async run(ctx) {
    const sqlite = ctx.core.store.sqlite;
    return [
      await measure('backup.online', (i) => sqlite.backup(join(ctx.dir, `backup-${i}.sqlite`)), { runs: 5, warmup: 1, targetMs: 1000 }),
      await measure('store.integrityCheck', () => sqlite.pragma('integrity_check'), { runs: 3, warmup: 1 }),
      await measure('store.quickCheck', () => sqlite.pragma('quick_check'), { runs: 3, warmup: 1 }),
    ];
  },
};
