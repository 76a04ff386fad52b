import { join } from 'node:path';
import { createCore } from '../../../electron/app/create-core';
import { chromiumPrinter } from '../../../electron/rosters/chromium-printer';
import { composeDocuments } from '../../../electron/rosters/compose';
import { measure } from '../measure';
import { buildSyntheticCenter } from '../synthetic-center';
import type { Measure } from './index';

/**
 * The roster for 1,000 candidates (one day: 20 rooms, two sessions each, 25 a session): laying out
 * the pages from the store, and the whole PDF through Chromium (what the screen and CLI wait for).
 */
export const rosterMeasure: Measure = {
  name: 'roster',
  async run({ dir, log }) {
    const core = await createCore(join(dir, 'roster-bench.sqlite'));
    const date = '2026-03-02';
    await buildSyntheticCenter(core.store.db, { count: 1000, rooms: 20, firstDate: date, hashKey: core.hashKey, days: 1 });
    const req = { date, documents: ['roster' as const], lang: 'zh-CN' as const, printedBy: 'bench', now: new Date() };
    let pages = 0;
    const compose = await measure(
      'roster.compose.1000candidates',
      async () => {
        pages = (await composeDocuments(core.store.db, req)).pages;
      },
      { runs: 10 },
    );
    compose.note = `${pages} pages`;
    const printer = chromiumPrinter();
    const pdf = await measure(
      'roster.pdf.1000candidates',
      async () => {
        const set = await composeDocuments(core.store.db, req);
        await printer.pdf({ body: set.body, lang: req.lang });
      },
      { runs: 3, warmup: 1, targetMs: 3000 },
    );
    pdf.note = `${pages} pages, Chromium launch included`;
    log(`roster: ${pages} pages for 1,000 candidates`);
    await core.store.close();
    return [compose, pdf];
  },
};
