import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { stringOption } from '../core/args';
import { DomainError } from '../core/errors';
import { loadOrCreateHashKey } from '../store/hash-key';
import { MAX_IMPORT_MB } from '../../shared/exchange/import-limits';
import { fileTooLargeMessage } from '../exchange/import/decode';
import { listPresets } from '../exchange/import/presets';
import { checkImport, runImport } from '../exchange/import/run-import';
import { headerMapOf } from './import-options';
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
  usage: [
    'desk import --db PATH --file ROSTER.csv|.xlsx [--map FIELD=COLUMN[,FIELD=COLUMN…]] [--preset NAME] [--confirm-changes] [--dry-run]',
    '',
    "  --map FIELD=COLUMN   the file's column (its header text) for a field, e.g. --map sponsor=考试主办方,program_profile=政策配置",
    '                       (more pairs may follow as words: --map a=X b=Y); other columns are recognised by their headers',
    '  --preset NAME        the columns saved for sponsor NAME on the Data screen; --map wins over it',
    '  --confirm-changes    apply changes to bookings of today, seated, or given to another person or date (listed first)',
    '  --dry-run            check and list everything, write nothing',
    '',
    `  Fields: booking_id, candidate_name, name_pinyin, id_type, id_number, phone, email, sponsor, program_profile,`,
    `  subject_code, subject_name, level, part, exam_date, start_time, duration_min, center_code, order_id, order_paid_at,`,
    `  order_amount_fen, coupon_code, coupon_discount_fen, redeem_code, booked_at, attempt_no, accommodations.`,
    `  A roster may be at most ${MAX_IMPORT_MB} MB.`,
  ].join('\n'),
  async run({ options, positional }) {
    const db = stringOption(options, 'db');
    const file = stringOption(options, 'file');
    if (!db || !file) {
      console.error('import: --db PATH and --file ROSTER are required');
      return 2;
    }
    let bytes: Uint8Array;
    try {
      // #14.8: the size is checked before a byte is read.
      const tooLarge = fileTooLargeMessage(statSync(file).size);
      if (tooLarge) {
        console.error(`import: ${file}: ${tooLarge} Nothing was imported.`);
        return 1;
      }
      bytes = new Uint8Array(readFileSync(file));
    } catch (e) {
      console.error(`import: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
      return 2;
    }
    const store = await openStore(db);
    try {
      const hashKey = loadOrCreateHashKey(db);
      const mapped = headerMapOf(options, positional, await listPresets(store.db));
      if (!mapped.ok) {
        console.error(`import: ${mapped.message}`);
        return 2;
      }
      const input = { fileName: basename(file), bytes, headerMap: mapped.headerMap };
      const progress = terminalProgress();
      const { preview } = await checkImport(store.db, hashKey, input, progress);
      if (process.stderr.isTTY) process.stderr.write('\r'.padEnd(49) + '\r');
      console.log(`${preview.fileName}: ${preview.format}${preview.encoding ? ` (${preview.encoding})` : ''}, ${preview.rows} rows`);
      if (preview.missing.length) console.log(`missing columns: ${preview.missing.join(', ')}`);
      console.log(`new ${preview.create}, changed ${preview.update}, unchanged ${preview.unchanged}, repeated lines ${preview.repeats}, problems ${preview.errorCount}`);
      for (const e of preview.errors) console.log(`  line ${e.line}${e.column ? ` [${e.column}]` : ''}: ${e.message}`);
      if (preview.toConfirmCount > 0) {
        console.log(`to confirm (${preview.toConfirmCount}): changes to bookings of today, seated, or given to another person or date:`);
        for (const c of preview.toConfirm)
          console.log(`  line ${c.line} ${c.bookingId} [${c.reasons.join(', ')}]: ${c.before.name} ${c.before.date} ${c.before.time} -> ${c.after.name} ${c.after.date} ${c.after.time} (${c.fields.join(', ')})`);
      }
      if (preview.errorCount > preview.errors.length) console.log(`  … and ${preview.errorCount - preview.errors.length} more`);
      if (options['dry-run'] === true) return preview.errorCount || preview.missing.length ? 1 : 0;
      try {
        const r = await runImport(store.db, hashKey, input, { operatorId: null, now: new Date(), door: 'cli', confirmChanges: options['confirm-changes'] === true }, progress);
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
