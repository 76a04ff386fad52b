/**
 * CSV for sponsors and spreadsheets (RFC 4180). A cell that a spreadsheet would run as a formula
 * (starting with = + - @, a tab or a carriage return) is neutralised with a leading apostrophe.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = neutralizeFormula(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text with CRLF line ends; `bom` adds the UTF-8 byte-order mark Excel needs. */
export function toCsv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[], opts: { bom?: boolean } = {}): string {
  const body = rows.map((r) => r.map(csvCell).join(',')).join('\r\n');
  return (opts.bom ? '\uFEFF' : '') + body + (rows.length ? '\r\n' : '');
}
