import { existsSync } from 'node:fs';
import { localDateSchema } from '../../shared/ipc/schemas';
import { stringOption } from '../core/args';
import { loadOrCreateHashKey } from '../store/hash-key';
import { generateDemo } from '../demo/demo-day';
import { openStore } from '../store/open';
import { localDate } from '../today/local-time';
import type { Command } from './commands';
import { DEMO_ZONE } from '../demo/demo-catalogue';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'fill a new database with a realistic exam day at a Shenzhen test center',
  usage: 'desk demo --db PATH [--date YYYY-MM-DD] [--seed N]',
  async run({ options }) {
    const db = stringOption(options, 'db');
    if (!db) {
      console.error('demo: --db PATH is required (the file is created).');
      return 2;
    }
    const dateArg = stringOption(options, 'date');
    const date = dateArg ?? localDate(new Date(), DEMO_ZONE);
    const parsed = localDateSchema.safeParse(date);
    if (!parsed.success) {
      console.error(`demo: --date "${date}": ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      return 2;
    }
    const seed = stringOption(options, 'seed');
    const existed = existsSync(db);
    const store = await openStore(db);
    try {
      const summary = await generateDemo(store, {
        date,
        hashKey: loadOrCreateHashKey(db),
        ...(seed ? { seed: Number(seed) } : {}),
      });
      console.log(JSON.stringify(summary, null, 2));
      return 0;
    } catch (error) {
      console.error(`demo: ${error instanceof Error ? error.message : String(error)}${existed ? ' (the existing file was left as it was)' : ''}`);
      return 1;
    } finally {
      await store.close();
    }
  },
};
