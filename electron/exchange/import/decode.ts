import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { CsvSyntaxError, CsvTooManyRecords, readCsv, type CsvRecord } from '../../../shared/exchange/csv-read';
import type { ImportErrorCode } from '../../../shared/exchange/import-contract';
import { MAX_IMPORT_BYTES, MAX_IMPORT_MB, MAX_IMPORT_ROWS } from '../../../shared/exchange/import-limits';

export interface DecodedTable {
  format: 'csv' | 'xlsx';
  /** How the text was decoded (CSV only). */
  encoding: string | null;
  headers: string[];
  /** The header's line number. */
  headerLine: number;
  records: CsvRecord[];
}

export class BadFileError extends Error {
  constructor(
    readonly line: number,
    message: string,
    readonly code: ImportErrorCode = 'BAD_FILE',
  ) {
    super(message);
  }
}

/** #14.8: the file's size, checked before a byte of it is decoded. */
export function fileTooLargeMessage(bytes: number): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  return `The file is ${(bytes / (1024 * 1024)).toFixed(1)} MB; a roster may be at most ${MAX_IMPORT_MB} MB. Split it into smaller files (for example one per day) and import each.`;
}

const tooManyRows = (line: number) => new BadFileError(line, `The file has more than ${MAX_IMPORT_ROWS.toLocaleString('en')} rows (reading stopped at line ${line}); split it into smaller files.`, 'TOO_MANY_ROWS');

const isZip = (b: Uint8Array) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** Text of a CSV: UTF-8 (with or without BOM), UTF-16 with BOM, or GBK/GB18030 when not valid UTF-8. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'gbk' };
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A spreadsheet cell as the text a CSV would have held. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    // Excel keeps 15 significant digits: a longer number (an ID card) has already lost digits.
    return Math.abs(value) >= 1e15 ? value.toExponential().toUpperCase() : String(value);
  }
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    const y = value.getUTCFullYear();
    const hm = `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
    if (y <= 1900) return hm;
    const d = `${y}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    return hm === '00:00' ? d : `${d}T${hm}`;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

async function readXlsx(bytes: Uint8Array): Promise<CsvRecord[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (e) {
    throw new BadFileError(0, `The file looks like XLSX but cannot be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw new BadFileError(0, 'The workbook has no sheet.');
  const records: CsvRecord[] = [];
  if (sheet.actualRowCount > MAX_IMPORT_ROWS + 1) throw tooManyRows(sheet.actualRowCount);
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    if (cells.some((x) => x.trim() !== '')) records.push({ line: rowNumber, cells });
  });
  return records;
}

/** Reads a roster file: the header row and the data rows with their line numbers. */
export async function decodeTable(bytes: Uint8Array): Promise<DecodedTable> {
  const tooLarge = fileTooLargeMessage(bytes.length);
  if (tooLarge) throw new BadFileError(0, tooLarge, 'FILE_TOO_LARGE');
  let records: CsvRecord[];
  let encoding: string | null = null;
  const format = isZip(bytes) ? 'xlsx' : 'csv';
  if (format === 'xlsx') records = await readXlsx(bytes);
  else {
    const decoded = decodeText(bytes);
    encoding = decoded.encoding;
    try {
      // The header and at most MAX_IMPORT_ROWS rows; blank lines do not count.
      records = readCsv(decoded.text, MAX_IMPORT_ROWS + 1);
    } catch (e) {
      if (e instanceof CsvTooManyRecords) throw tooManyRows(e.line);
      if (e instanceof CsvSyntaxError) throw new BadFileError(e.line, `Line ${e.line}: a quoted cell is never closed.`);
      throw e;
    }
  }
  const [header, ...rows] = records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (!header) throw new BadFileError(0, 'The file is empty.');
  return { format, encoding, headers: header.cells.map((h) => h.trim().replace(/^\uFEFF/, '')), headerLine: header.line, records: rows };
}
