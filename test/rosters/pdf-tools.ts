import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The text of each page (pdftotext -layout, pages split at form feeds). */
export function pdfPages(pdf: Uint8Array, dir: string): string[] {
  const file = join(dir, `read-${Date.now()}-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

export function pdfPageCount(pdf: Uint8Array, dir: string): number {
  const file = join(dir, `info-${Date.now()}.pdf`);
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

/**
 * Renders one page with pdftoppm (grey PGM, also saved as PNG beside it for people to look at)
 * and returns the share of dark pixels.
 */
export function darkShare(pdf: Uint8Array, dir: string, page: number, pngOut?: string): number {
  const file = join(dir, `page-${page}.pdf`);
  writeFileSync(file, pdf);
  if (pngOut) execFileSync('pdftoppm', ['-png', '-r', '70', '-f', String(page), '-l', String(page), '-singlefile', file, pngOut]);
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', '40', '-f', String(page), '-l', String(page), '-singlefile', file]);
  // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a PGM');
  const w = Number(header[1]);
  const h = Number(header[2]);
  const pixels = pgm.subarray(pgm.length - w * h);
  let dark = 0;
  for (const p of pixels) if (p < 128) dark++;
  return dark / (w * h);
}
