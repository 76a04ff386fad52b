import { join } from 'node:path';
import { createCore } from '../../../electron/core/create-core';
import { checkImport, runImport } from '../../../electron/exchange/import/run-import';
import { largeRoster, seedCenter } from '../../exchange-import/fixtures';
import { measure } from '../measure';
import type { Measure } from './index';

/** A 10,000-booking roster: checking it (the preview) and importing it into a fresh store. */
export const importMeasure: Measure = {
  name: 'import',
  async run({ dir }) {
    const bytes = new Uint8Array(Buffer.from(largeRoster(10_000)));
    let n = 0;
    const fresh = async () => {
      const core = await createCore(join(dir, `import-bench-${++n}.sqlite`));
      await seedCenter(core.store.db, 30);
      return core;
    };
    const probe = await fresh();
    const preview = await measure('import.preview.10000rows', () => checkImport(probe.store.db, probe.hashKey, { fileName: 'r.csv', bytes }), { runs: 3, warmup: 1 });
    await probe.store.close();
    const cores = await Promise.all([1, 2, 3, 4].map(() => fresh()));
    let k = 0;
    const apply = await measure(
      'import.apply.10000rows',
      () => runImport(cores[k]!.store.db, cores[k++]!.hashKey, { fileName: 'r.csv', bytes }, { operatorId: null, now: new Date(), door: 'bench' }),
      { runs: 3, warmup: 1 },
    );
    for (const c of cores) await c.store.close();
    return [preview, apply];
  },
};
