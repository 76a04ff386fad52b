import { ImportJobs } from '../exchange/import/import-jobs';
import type { DocumentPrinter } from '../rosters/printer';
import { openStore, type OpenOptions } from '../store/open';
import { systemClock, type Clock } from '../core/clock';
import type { Core } from '../core/context';
import { loadOrCreateHashKey } from '../store/hash-key';
import { Sessions } from '../core/session';

/** Opens the store and builds the core that every door shares. */
export async function createCore(dbPath: string, opts: { clock?: Clock; printer?: DocumentPrinter } & OpenOptions = {}): Promise<Core> {
  const store = await openStore(dbPath, opts);
  return {
    store,
    clock: opts.clock ?? systemClock,
    sessions: new Sessions(),
    imports: new ImportJobs(),
    hashKey: loadOrCreateHashKey(dbPath),
    ...(opts.printer ? { printer: opts.printer } : {}),
  };
}
