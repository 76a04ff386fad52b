import { existsSync } from 'node:fs';
import type { Clock } from '../core/clock';
import { loadOrCreateHashKey } from '../store/hash-key';
import { openStore } from '../store/open';
import { localDate } from '../today/local-time';
import { generateDemo } from './demo-day';
import { DEMO_ZONE } from './demo-catalogue';

/** When no database is given, the desk opens on a demo day for today (created on first use). */
export async function ensureDemoDatabase(path: string, clock: Clock): Promise<void> {
  if (existsSync(path)) return;
  const store = await openStore(path);
  try {
    const date = localDate(clock.now(), DEMO_ZONE);
    await generateDemo(store, { date, hashKey: loadOrCreateHashKey(path) });
    console.log(`Created a demo exam day for ${date} in ${path}`);
  } finally {
    await store.close();
  }
}
