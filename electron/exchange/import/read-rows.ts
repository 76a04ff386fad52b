import type { ImportPreset, ImportRowError } from '../../../shared/exchange/import-contract';
import { autoMap, headerKey, missingRequired, type ImportField, type ImportMapping } from '../../../shared/exchange/import-fields';
import { searchKeys } from '../../../shared/names/search-keys';
import { documentHash } from '../../checkin/document-hash';
import { BadFileError, decodeTable } from './decode';
import { validateRow, type ImportRow } from './validate-row';

/** A checked booking with what the store keys it by, computed before the store is touched. */
export interface ReadyRow extends ImportRow {
  /** Keyed hash of the document number (the candidate's identity in the store). */
  idHash: string;
  pinyinCompact: string;
  initials: string;
}

export interface ReadInput {
  bytes: Uint8Array;
  mapping?: ImportMapping | undefined;
  /** Field → header text (the CLI's --map and --preset): those columns win; the rest are guessed. */
  headerMap?: Partial<Record<ImportField, string>> | undefined;
  /** Saved mappings: the first whose headers are all in the file is used when none is given. */
  presets: ImportPreset[];
  centerCode: string;
  timeZone: string;
  hashKey: Uint8Array;
  /** Check only this part of the records (one of several workers sharing a large file). */
  part?: { index: number; of: number } | undefined;
}

/** The records a part checks: part `index` of `of` equal runs, in file order. */
export function partRange(records: number, part: { index: number; of: number } | undefined): [number, number] {
  if (!part) return [0, records];
  const size = Math.ceil(records / part.of);
  return [Math.min(records, part.index * size), Math.min(records, (part.index + 1) * size)];
}

export interface ReadHead {
  format: 'csv' | 'xlsx';
  encoding: string | null;
  headers: string[];
  mapping: ImportMapping;
  missing: ImportField[];
  records: number;
}

export type ReadOutcome = { kind: 'badFile'; error: ImportRowError } | { kind: 'read'; head: ReadHead; rows: ReadyRow[]; errors: ImportRowError[] };

export type ReadProgress = (phase: 'reading' | 'checking', done: number, total: number) => void;

/** Takes checked rows in batches as they are ready (the worker sends them on at once). */
export type RowSink = (rows: ReadyRow[]) => void;

/** Rows per batch handed to a sink. */
export const ROW_BATCH = 2000;

/** Rows between two progress reports while checking. */
const PROGRESS_EVERY = 2000;

/**
 * Everything of an import that needs no database: decodes the file, picks the mapping, checks
 * every row and computes keyed hashes and search keys. With a sink the rows go to it in batches
 * and the outcome's `rows` is empty. CPU-bound, so it runs in a worker thread
 * (read-worker.ts); it is a plain function so tests and the worker share it.
 */
export async function readRoster(input: ReadInput, progress: ReadProgress = () => {}, sink?: RowSink): Promise<ReadOutcome> {
  progress('reading', 0, input.bytes.length);
  let table;
  try {
    table = await decodeTable(input.bytes);
  } catch (e) {
    if (!(e instanceof BadFileError)) throw e;
    return { kind: 'badFile', error: { line: e.line, column: null, field: null, code: e.code, value: '', message: e.message } };
  }
  progress('reading', input.bytes.length, input.bytes.length);
  const unknown = Object.entries(input.headerMap ?? {}).filter(([, h]) => h !== undefined && !table.headers.some((x) => headerKey(x) === headerKey(h)));
  if (unknown.length > 0) {
    const message = `The file has no column ${unknown.map(([f, h]) => `"${h}" (for ${f})`).join(', ')}; its columns are: ${table.headers.join(', ')}.`;
    return { kind: 'badFile', error: { line: table.headerLine, column: null, field: null, code: 'BAD_FILE', value: '', message } };
  }
  const mapping = input.mapping ?? (input.headerMap ? autoMap(table.headers, input.headerMap) : pickMapping(input.presets, table.headers));
  const missing = missingRequired(mapping);
  const head: ReadHead = { format: table.format, encoding: table.encoding, headers: table.headers, mapping, missing, records: table.records.length };
  if (missing.length > 0) return { kind: 'read', head, rows: [], errors: [] };

  const key = Buffer.from(input.hashKey);
  const ctx = { mapping, headers: table.headers, centerCode: input.centerCode, timeZone: input.timeZone };
  let rows: ReadyRow[] = [];
  const errors: ImportRowError[] = [];
  const [from, to] = partRange(table.records.length, input.part);
  const mine = table.records.slice(from, to);
  const total = mine.length;
  progress('checking', 0, total);
  mine.forEach((rec, i) => {
    const r = validateRow(rec.line, rec.cells, ctx);
    if ('row' in r) {
      const keys = searchKeys(r.row.name, r.row.pinyin ?? undefined);
      rows.push({ ...r.row, idHash: documentHash(key, r.row.idNumber), pinyinCompact: keys.pinyinCompact, initials: keys.initials });
    } else errors.push(...r.errors);
    if (sink && rows.length >= ROW_BATCH) {
      sink(rows);
      rows = [];
    }
    if ((i + 1) % PROGRESS_EVERY === 0) progress('checking', i + 1, total);
  });
  if (sink && rows.length > 0) {
    sink(rows);
    rows = [];
  }
  progress('checking', total, total);
  return { kind: 'read', head, rows, errors };
}

/** The saved preset whose headers are all in the file wins; otherwise the headers are guessed. */
export function pickMapping(presets: ImportPreset[], headers: string[]): ImportMapping {
  const keys = new Set(headers.map(headerKey));
  const fits = (p: ImportPreset) => Object.values(p.headers).every((h) => h === undefined || keys.has(headerKey(h)));
  return autoMap(headers, presets.find(fits)?.headers);
}
