import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { stringOption } from '../core/args';
import { DomainError } from '../core/errors';
import { loadOrCreateHashKey } from '../core/hash-key';
import { checkImport, runImport } from '../exchange/import/run-import';
import { openStore } from '../store/open';
import type { PhaseReport } from '../exchange/import/import-jobs';
import type { Command } from './commands';

/** On a terminal, the phase and count of a long import on one updating line of stderr. */
function terminalProgress(): PhaseReport {
  if (!process.stderr.isTTY) return () => {};
  let last = '';
  return (phase, done, total) => {
    const line = `${phase} ${done.toLocaleString('en')} / ${total.toLocaleString('en')}`;
    if (line === last) return;
    last = line;
    process.stderr.write(`\r${line.padEnd(48)}${phase === 'writing' && done === total ? '\n' : ''}`);
  };
}

/** `desk import`: a sponsor roster (CSV or XLSX) into the store, all or nothing. */
export const importCommand: Command = {
  name: 'import',
  summary: 'import a sponsor roster (CSV in UTF-8/GBK, or XLSX): every row checked, all or nothing',
  usage: 'desk import --db PATH --file ROSTER.csv|.xlsx [--dry-run]',
  async run({ options }) {
    const db = stringOption(options, 'db');
    const file = stringOption(options, 'file');
    if (!db || !file) {
      console.error('import: --db PATH and --file ROSTER are required');
      return 2;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(file));
    } catch (e) {
      console.error(`import: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
      return 2;
    }
    const store = await openStore(db);
    try {
      const hashKey = loadOrCreateHashKey(db);
      const input = { fileName: basename(file), bytes };
      const progress = terminalProgress();
      const { preview } = await checkImport(store.db, hashKey, input, progress);
      if (process.stderr.isTTY) process.stderr.write('\r'.padEnd(49) + '\r');
      console.log(`${preview.fileName}: ${preview.format}${preview.encoding ? ` (${preview.encoding})` : ''}, ${preview.rows} rows`);
      if (preview.missing.length) console.log(`missing columns: ${preview.missing.join(', ')}`);
      console.log(`new ${preview.create}, changed ${preview.update}, unchanged ${preview.unchanged}, repeated lines ${preview.repeats}, problems ${preview.errorCount}`);
      for (const e of preview.errors) console.log(`  line ${e.line}${e.column ? ` [${e.column}]` : ''}: ${e.message}`);
      if (preview.errorCount > preview.errors.length) console.log(`  … and ${preview.errorCount - preview.errors.length} more`);
      if (options['dry-run'] === true) return preview.errorCount || preview.missing.length ? 1 : 0;
      try {
        const r = await runImport(store.db, hashKey, input, { operatorId: null, now: new Date(), door: 'cli' }, progress);
        console.log(`imported: ${r.created} new, ${r.updated} changed, ${r.unchanged} unchanged`);
        if (r.rooms.length) console.log(`rooms used: ${r.rooms.join(', ')}`);
        return 0;
      } catch (e) {
        if (e instanceof DomainError) {
          console.error(`import: ${e.message}`);
          return 1;
        }
        throw e;
      }
    } finally {
      await store.close();
    }
  },
};
