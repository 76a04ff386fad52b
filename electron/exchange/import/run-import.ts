import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ImportPreset, ImportPreview, ImportResult, ImportRowError } from '../../../shared/exchange/import-contract';
import { autoMap, headerKey, missingRequired, type ImportMapping } from '../../../shared/exchange/import-fields';
import { appendAudit } from '../../audit/audit-log';
import { documentHash } from '../../checkin/document-hash';
import { DomainError } from '../../core/errors';
import type { DB } from '../../store/schema';
import { applyImport } from './apply';
import { BadFileError, decodeTable } from './decode';
import { planImport, type ImportPlan } from './plan';
import { listPresets } from './presets';
import { validateRow, type ImportRow } from './validate-row';

export interface ImportFile {
  fileName: string;
  bytes: Uint8Array;
  mapping?: ImportMapping | undefined;
}

const MAX_ERRORS_SHOWN = 500;

interface Checked {
  preview: ImportPreview;
  plan: ImportPlan | null;
  allErrors: ImportRowError[];
}

/** Reads, maps, checks and compares a roster file with the store. Writes nothing. */
export async function checkImport(db: Kysely<DB>, hashKey: Buffer, file: ImportFile): Promise<Checked> {
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const base = { fileName: file.fileName, sha256, rows: 0, create: 0, update: 0, unchanged: 0, repeats: 0, changes: [], sponsors: [] };
  const center = await db.selectFrom('centers').select(['id', 'code', 'time_zone']).orderBy('id').limit(1).executeTakeFirst();
  if (!center) throw new DomainError('CONFLICT', 'No center is set up in this database; a roster cannot be imported yet.');
  let table;
  try {
    table = await decodeTable(file.bytes);
  } catch (e) {
    if (!(e instanceof BadFileError)) throw e;
    const error: ImportRowError = { line: e.line, column: null, field: null, code: 'BAD_FILE', value: '', message: e.message };
    return { preview: { ...base, format: 'csv', encoding: null, headers: [], mapping: {}, missing: [], errors: [error], errorCount: 1 }, plan: null, allErrors: [error] };
  }
  const mapping = file.mapping ?? (await pickMapping(db, table.headers));
  const missing = missingRequired(mapping);
  const head = { ...base, format: table.format, encoding: table.encoding, headers: table.headers, mapping, missing };
  if (missing.length > 0) return { preview: { ...head, rows: table.records.length, errors: [], errorCount: 0 }, plan: null, allErrors: [] };

  const ctx = { mapping, headers: table.headers, centerCode: center.code, timeZone: center.time_zone };
  const rows: ImportRow[] = [];
  const errors: ImportRowError[] = [];
  for (const rec of table.records) {
    const r = validateRow(rec.line, rec.cells, ctx);
    if ('row' in r) rows.push(r.row);
    else errors.push(...r.errors);
  }
  const hashOf = (row: ImportRow) => documentHash(hashKey, row.idNumber);
  const plan = await planImport(db, rows, hashOf);
  const allErrors = [...errors, ...plan.errors].sort((a, b) => a.line - b.line);
  const creates = plan.rows.filter((p) => p.existingId === null);
  const updates = plan.rows.filter((p) => p.existingId !== null && p.changed.length > 0);
  return {
    preview: {
      ...head,
      rows: table.records.length,
      create: creates.length,
      update: updates.length,
      unchanged: plan.rows.length - creates.length - updates.length,
      repeats: plan.repeats,
      errors: allErrors.slice(0, MAX_ERRORS_SHOWN),
      errorCount: allErrors.length,
      changes: updates.slice(0, 200).map((p) => ({ bookingId: p.row.bookingId, fields: p.changed })),
      sponsors: [...new Set(rows.map((r) => r.sponsor))],
    },
    plan,
    allErrors,
  };
}

/** The saved preset whose headers are all in the file wins; otherwise the headers are guessed. */
async function pickMapping(db: Kysely<DB>, headers: string[]): Promise<ImportMapping> {
  const keys = new Set(headers.map(headerKey));
  const fits = (p: ImportPreset) => Object.values(p.headers).every((h) => h === undefined || keys.has(headerKey(h)));
  const preset = (await listPresets(db)).find(fits);
  return autoMap(headers, preset?.headers);
}

/**
 * Imports the whole file in one transaction, or nothing: any bad row, a missing column or a
 * failure half-way leaves the store as it was. Re-importing the same file changes nothing.
 */
export async function runImport(db: Kysely<DB>, hashKey: Buffer, file: ImportFile, who: { operatorId: number | null; now: Date; door: string }): Promise<ImportResult & { preview: ImportPreview }> {
  const { preview, plan, allErrors } = await checkImport(db, hashKey, file);
  if (preview.missing.length > 0) {
    throw new DomainError('VALIDATION', `The file has no column for ${preview.missing.join(', ')}; map them first. Nothing was imported.`);
  }
  if (!plan || allErrors.length > 0) {
    const first = allErrors[0];
    throw new DomainError(
      'VALIDATION',
      `${allErrors.length} problem${allErrors.length === 1 ? '' : 's'} in the file; nothing was imported.${first ? ` First: line ${first.line}${first.column ? `, column ${first.column}` : ''}: ${first.message}.` : ''}`,
    );
  }
  const center = await db.selectFrom('centers').select('id').orderBy('id').limit(1).executeTakeFirstOrThrow();
  const now = who.now.toISOString();
  const counts = await db.transaction().execute(async (trx) => {
    const c = await applyImport(trx, plan.rows, { centerId: center.id, now, operatorId: who.operatorId, hashOf: (r) => documentHash(hashKey, r.idNumber) });
    await appendAudit(trx, {
      at: now,
      operatorId: who.operatorId,
      action: 'exchange.import',
      subjectType: 'file',
      subjectId: preview.sha256,
      detail: { fileName: file.fileName, format: preview.format, encoding: preview.encoding, rows: preview.rows, repeats: preview.repeats, ...c, door: who.door },
    });
    return c;
  });
  return { ...counts, sha256: preview.sha256, preview };
}
