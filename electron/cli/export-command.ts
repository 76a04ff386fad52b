import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { EXPORT_FORMATS, EXPORT_KINDS, type ExportFormat, type ExportKind } from '../../shared/exchange/export-contract';
import { localDateSchema } from '../../shared/ipc/schemas';
import { appendAudit } from '../audit/audit-log';
import { stringOption } from '../core/args';
import { encodeTable } from '../exchange/export/encode';
import { exportRows } from '../exchange/export/export-rows';
import { insertOutboxEntry } from '../exchange/export/outbox-repo';
import { openStore } from '../store/open';
import type { Command } from './commands';

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the sponsor export of a day (attendance, idchecks, results, incidents) and queue it in the outbox',
  usage: `desk export --db PATH --date YYYY-MM-DD --kind ${EXPORT_KINDS.join('|')} [--format ${EXPORT_FORMATS.join('|')}] --out FILE`,
  async run({ options }) {
    const db = stringOption(options, 'db');
    const date = stringOption(options, 'date') ?? '';
    const kind = stringOption(options, 'kind') as ExportKind | undefined;
    const format = (stringOption(options, 'format') ?? 'csv') as ExportFormat;
    const out = stringOption(options, 'out');
    const problems = [
      !db && '--db PATH is required',
      !localDateSchema.safeParse(date).success && `--date "${date}" is not a date as YYYY-MM-DD`,
      !(EXPORT_KINDS as readonly string[]).includes(kind ?? '') && `--kind must be one of ${EXPORT_KINDS.join(', ')}`,
      !(EXPORT_FORMATS as readonly string[]).includes(format) && `--format must be one of ${EXPORT_FORMATS.join(', ')}`,
      !out && '--out FILE is required',
    ].filter(Boolean);
    if (problems.length) {
      console.error(`export: ${problems.join('; ')}`);
      return 2;
    }
    const store = await openStore(db!);
    try {
      const table = await exportRows(store.db, kind!, date);
      const bytes = await encodeTable(table, format, kind!);
      writeFileSync(out!, bytes);
      const at = new Date().toISOString();
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      await store.db.transaction().execute(async (trx) => {
        const id = await insertOutboxEntry(trx, { kind: kind!, local_date: date, format, file_name: out!, rows: table.rows.length, sha256, created_at: at, created_by: null, sent_at: null, sent_by: null });
        await appendAudit(trx, { at, operatorId: null, action: 'exchange.export', subjectType: 'outbox', subjectId: id, detail: { kind, date, format, rows: table.rows.length, sha256, door: 'cli' } });
      });
      console.log(`${table.rows.length} rows written to ${out}`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
