import ExcelJS from 'exceljs';
import { neutralizeFormula, toCsv } from '../../../shared/exchange/csv-write';
import type { ExportFormat } from '../../../shared/exchange/export-contract';
import type { ExportTable } from './export-rows';

export const MIME: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
};

/** One table as a CSV (UTF-8 with BOM for Excel), an XLSX workbook or JSON records. */
export async function encodeTable(table: ExportTable, format: ExportFormat, sheetName: string): Promise<Buffer> {
  if (format === 'csv') return Buffer.from(toCsv([table.header, ...table.rows], { bom: true }), 'utf8');
  if (format === 'json') {
    const records = table.rows.map((r) => Object.fromEntries(table.header.map((h, i) => [h, r[i] ?? null])));
    return Buffer.from(JSON.stringify(records, null, 2), 'utf8');
  }
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.addRow(table.header);
  // Text cells are written as strings (never formulas); the same neutralisation as the CSV.
  for (const r of table.rows) ws.addRow(r.map((c) => (typeof c === 'string' ? neutralizeFormula(c) : c)));
  ws.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
