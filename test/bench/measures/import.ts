import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { readCsv } from '../../../shared/exchange/csv-read';
import { documentHash } from '../../../electron/checkin/document-hash';
import { createCore } from '../../../electron/app/create-core';
import { checkImport, runImport } from '../../../electron/exchange/import/run-import';
import { largeRoster, seedCenter } from '../../exchange-import/fixtures';
import { measure, withFloor } from '../measure';
import type { Measure } from './index';

const ROWS = 100_000;

/**
 * A 100,000-booking roster: checking it (the preview) and importing it into a fresh store, against
 * the floor of a raw bulk insert of the same candidates, orders and appointments (one prepared
 * statement per table, one transaction, no checks).
 */
export const importMeasure: Measure = {
  name: 'import',
  async run({ dir, log }) {
    const text = largeRoster(ROWS);
    const bytes = new Uint8Array(Buffer.from(text));
    let n = 0;
    const fresh = async () => {
      const core = await createCore(join(dir, `import-bench-${++n}.sqlite`));
      await seedCenter(core.store.db, 30);
      return core;
    };
    const probe = await fresh();
    const preview = await measure(`import.preview.${ROWS}rows`, () => checkImport(probe.store.db, probe.hashKey, { fileName: 'r.csv', bytes }), { runs: 1, warmup: 0 });
    await probe.store.close();

    const target = await fresh();
    log('importing 100,000 rows…');
    // How long the main thread went without answering while the import ran (the file is read in
    // a worker; the store is compared and written here in slices).
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    const apply = await measure(`import.apply.${ROWS}rows`, () => runImport(target.store.db, target.hashKey, { fileName: 'r.csv', bytes }, { operatorId: null, now: new Date(), door: 'bench' }), {
      runs: 1,
      warmup: 0,
      targetMs: 3000,
    });
    loop.disable();
    const pauseMs = loop.max / 1e6;
    const pause = { name: `import.apply.longestMainThreadPause.${ROWS}rows`, runs: 1, medianMs: pauseMs, p95Ms: pauseMs, note: 'longest event-loop delay during the import' };
    await target.store.close();

    const raw = await fresh();
    const [header, ...records] = readCsv(text);
    const col = (h: string) => header!.cells.indexOf(h);
    const sqlite = raw.store.sqlite;
    const sponsor = (sqlite.prepare("insert into sponsors (code, name) values ('tencent-cloud', 'Tencent Cloud') returning id").get() as { id: number }).id;
    const subject = (sqlite.prepare("insert into subjects (sponsor_id, code, name, level, profile_id) values (?, 'S', 'S', 'L', 'tencent-test-center') returning id").get(sponsor) as { id: number }).id;
    const session = (sqlite.prepare("insert into exam_sessions (room_id, local_date, starts_at, duration_min) values (1, '2026-12-07', '2026-12-07T01:00:00.000Z', 90) returning id").get() as { id: number }).id;
    const insCand = sqlite.prepare(
      "insert into candidates (name, pinyin, pinyin_compact, initials, id_type, id_number, id_last4, id_hash, created_at) values (?, null, '', '', 'CN_ID', ?, ?, ?, '2026-11-30T00:00:00.000Z') returning id",
    );
    const insOrder = sqlite.prepare("insert into orders (sponsor_id, order_no, candidate_id, paid_at, amount_fen) values (?, ?, ?, '2026-10-01T00:00:00.000Z', 80000) returning id");
    const insAppt = sqlite.prepare(
      "insert into appointments (sponsor_id, booking_id, admission_code, candidate_id, order_id, subject_id, part, session_id, starts_at, duration_min, booked_at) values (?, ?, ?, ?, ?, ?, 'theory', ?, '2026-12-07T01:00:00.000Z', 90, '2026-10-02T00:00:00.000Z')",
    );
    const floor = await measure(
      `import.rawBulkInsert.${ROWS}rows`,
      () =>
        sqlite.transaction(() => {
          for (const r of records) {
            const id = r.cells[col('id_number')]!;
            const c = (insCand.get(r.cells[col('candidate_name')], id, id.slice(-4), documentHash(raw.hashKey, id)) as { id: number }).id;
            const o = (insOrder.get(sponsor, r.cells[col('order_id')], c) as { id: number }).id;
            const b = r.cells[col('booking_id')]!;
            insAppt.run(sponsor, b, b, c, o, subject, session);
          }
        })(),
      { runs: 1, warmup: 0 },
    );
    await raw.store.close();
    return [preview, floor, withFloor(apply, floor), pause];
  },
};
