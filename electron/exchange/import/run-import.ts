import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ImportPreview, ImportResult, ImportRowError } from '../../../shared/exchange/import-contract';
import type { ImportField, ImportMapping } from '../../../shared/exchange/import-fields';
import { localDateOf } from '../../../shared/time/zoned';
import { appendAudit } from '../../audit/audit-log';
import { DomainError } from '../../core/errors';
import { MAX_IMPORT_MB } from '../../../shared/exchange/import-limits';
import type { DB } from '../../store/schema';
import { applyImport } from './apply';
import { importCenter, importCenterId } from './import-repo';
import { fileTooLargeMessage } from './decode';
import type { PhaseReport } from './import-jobs';
import { planImport, type ImportPlan } from './plan';
import { listPresets } from './presets';
import { readRosterOffThread } from './read-off-thread';

export interface ImportFile {
  fileName: string;
  bytes: Uint8Array;
  mapping?: ImportMapping | undefined;
  /** Field → header text (the CLI's --map and --preset). */
  headerMap?: Partial<Record<ImportField, string>> | undefined;
}

const MAX_ERRORS_SHOWN = 500;
const MAX_CONFIRM_SHOWN = 500;

/** #14.8: refuses a file over the size limit before anything reads it. */
export function assertFileSize(bytes: number): void {
  const message = fileTooLargeMessage(bytes);
  if (message) throw new DomainError('VALIDATION', `${message} Nothing was imported.`, { key: 'exchange.fileTooLarge', params: { size: (bytes / (1024 * 1024)).toFixed(1), limit: MAX_IMPORT_MB } });
}

export interface Checked {
  preview: ImportPreview;
  plan: ImportPlan | null;
  allErrors: ImportRowError[];
  /** Where the file was read and checked: a worker thread, or this thread if none could start. */
  readIn: 'worker' | 'main';
}

const noReport: PhaseReport = () => {};

/**
 * Reads, maps, checks and compares a roster file with the store. Writes nothing. The file is read
 * and checked in a worker thread; comparing with the store runs here in slices that let the event
 * loop answer other calls in between.
 */
export async function checkImport(db: Kysely<DB>, hashKey: Buffer, file: ImportFile, report: PhaseReport = noReport, now: Date = new Date()): Promise<Checked> {
  assertFileSize(file.bytes.length);
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const base = { fileName: file.fileName, sha256, rows: 0, create: 0, update: 0, unchanged: 0, repeats: 0, changes: [], toConfirm: [], toConfirmCount: 0, sponsors: [] };
  const center = await importCenter(db);
  if (!center)
    throw new DomainError(
      'CONFLICT',
      "No center is set up yet, so a roster cannot be imported: first set up the center (its code as in the roster's center_code) and its rooms in Settings → Set-up, or with desk init and desk rooms import.",
      { key: 'exchange.noCenter' },
    );
  const presets = await listPresets(db);
  const read = await readRosterOffThread({ bytes: file.bytes, mapping: file.mapping, headerMap: file.headerMap, presets, centerCode: center.code, timeZone: center.time_zone, hashKey }, report);
  if (read.kind === 'badFile') {
    return {
      preview: { ...base, format: 'csv', encoding: null, headers: [], mapping: {}, missing: [], errors: [read.error], errorCount: 1 },
      plan: null,
      allErrors: [read.error],
      readIn: read.ranIn,
    };
  }
  const { head, rows, errors } = read;
  const top = { ...base, format: head.format, encoding: head.encoding, headers: head.headers, mapping: head.mapping, missing: head.missing, rows: head.records };
  if (head.missing.length > 0) return { preview: { ...top, errors: [], errorCount: 0 }, plan: null, allErrors: [], readIn: read.ranIn };

  const columnOf = (f: ImportField) => {
    const i = head.mapping[f];
    return i === null || i === undefined ? null : (head.headers[i] ?? null);
  };
  const today = localDateOf(now.getTime(), center.time_zone);
  const plan = await planImport(db, rows, (done, total) => report('comparing', done, total), { columnOf, timeZone: center.time_zone, today });
  const toConfirm = plan.rows.flatMap((p) => (p.confirm ? [p.confirm] : []));
  const allErrors = [...errors, ...plan.errors].sort((a, b) => a.line - b.line);
  const creates = plan.rows.filter((p) => p.existingId === null);
  const updates = plan.rows.filter((p) => p.existingId !== null && p.changed.length > 0);
  return {
    preview: {
      ...top,
      create: creates.length,
      update: updates.length,
      unchanged: plan.rows.length - creates.length - updates.length,
      repeats: plan.repeats,
      errors: allErrors.slice(0, MAX_ERRORS_SHOWN),
      errorCount: allErrors.length,
      changes: updates.slice(0, 200).map((p) => ({ bookingId: p.row.bookingId, fields: p.changed })),
      toConfirm: toConfirm.slice(0, MAX_CONFIRM_SHOWN),
      toConfirmCount: toConfirm.length,
      sponsors: [...new Set(rows.map((r) => r.sponsor))],
    },
    plan,
    allErrors,
    readIn: read.ranIn,
  };
}

/**
 * Imports the whole file in one transaction, or nothing: any bad row, a missing column or a
 * failure half-way leaves the store as it was. Re-importing the same file changes nothing.
 * While the transaction is open other calls that need the store wait for it (one connection);
 * calls that do not (the import's own progress, the clock) are answered between slices.
 */
export async function runImport(
  db: Kysely<DB>,
  hashKey: Buffer,
  file: ImportFile,
  who: { operatorId: number | null; now: Date; door: string; confirmChanges?: boolean | undefined },
  report: PhaseReport = noReport,
): Promise<ImportResult & { preview: ImportPreview; readIn: 'worker' | 'main' }> {
  const { preview, plan, allErrors, readIn } = await checkImport(db, hashKey, file, report, who.now);
  if (preview.missing.length > 0) {
    throw new DomainError('VALIDATION', `The file has no column for ${preview.missing.join(', ')}; map them first. Nothing was imported.`, {
      key: 'exchange.missingColumns',
      params: { fields: preview.missing.join(', ') },
    });
  }
  if (!plan || allErrors.length > 0) {
    const first = allErrors[0];
    throw new DomainError(
      'VALIDATION',
      `${allErrors.length} problem${allErrors.length === 1 ? '' : 's'} in the file; nothing was imported.${first ? ` First: line ${first.line}${first.column ? `, column ${first.column}` : ''}: ${first.message}.` : ''}`,
      { key: 'exchange.problems', params: { count: allErrors.length, line: first?.line ?? 0, column: first?.column ? ` [${first.column}]` : '', detail: first?.message ?? '' } },
    );
  }
  if (preview.toConfirmCount > 0 && who.confirmChanges !== true) throw needsConfirmation(preview);
  const centerId = await importCenterId(db);
  const now = who.now.toISOString();
  const counts = await db.transaction().execute(async (trx) => {
    const c = await applyImport(trx, plan.rows, { centerId, now, operatorId: who.operatorId }, (done, total) => report('writing', done, total));
    await appendAudit(trx, {
      at: now,
      operatorId: who.operatorId,
      action: 'exchange.import',
      subjectType: 'file',
      subjectId: preview.sha256,
      detail: {
        fileName: file.fileName,
        format: preview.format,
        encoding: preview.encoding,
        rows: preview.rows,
        repeats: preview.repeats,
        ...c,
        readIn,
        door: who.door,
        ...(preview.toConfirmCount > 0 ? { confirmed: preview.toConfirm.map((x) => ({ bookingId: x.bookingId, reasons: x.reasons, before: x.before, after: x.after })), confirmedCount: preview.toConfirmCount } : {}),
      },
    });
    return c;
  });
  return { ...counts, sha256: preview.sha256, preview, readIn };
}

/**
 * #18.9: the apply is refused until the operator has seen and confirmed the changes to today's,
 * seated or admitted people, and to a booking's person or date.
 */
function needsConfirmation(preview: ImportPreview): DomainError {
  const shown = preview.toConfirm.slice(0, 10);
  const list = shown.map((x) => `${x.bookingId} (${x.before.name} ${x.before.date} ${x.before.time} -> ${x.after.name} ${x.after.date} ${x.after.time})`).join('; ');
  const more = preview.toConfirmCount > shown.length ? ` and ${preview.toConfirmCount - shown.length} more` : '';
  return new DomainError(
    'CONFLICT',
    `This import would change ${preview.toConfirmCount} booking(s) already planned for today, seated, or given to another person or date: ${list}${more}. Check them, then confirm the changes. Nothing was imported.`,
    { key: 'exchange.needsConfirmation', params: { count: preview.toConfirmCount, list: `${list}${more}` } },
  );
}
