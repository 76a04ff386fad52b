/** HTML building blocks for printed pages: escaping, paginated tables and the page frame. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML: every value from the store goes through here. */
export function esc(value: string | number | null | undefined): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * A name or other text that must never be cut off on paper: when it is wider than its column it
 * is set smaller and may wrap onto a second line (the row height stays fixed, so pagination holds).
 * Widths are estimated in em: a CJK character is 1 em, anything else about 0.55 em.
 */
export function fitText(text: string, columnMm: number, fontPt = 9.5): string {
  let em = 0;
  for (const ch of text) em += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 1 : 0.55;
  const emMm = (fontPt * 25.4) / 72;
  const capacity = (columnMm - 3) / emMm;
  if (em <= capacity) return esc(text);
  return `<span class="${em <= capacity * 2.4 ? 'fit' : 'fit tiny'}">${esc(text)}</span>`;
}

/** A page's body before the frame is put around it (the frame adds header, footer, numbering). */
export interface PageBody {
  html: string;
}

/** One document as printed: its pages share a title, a session line and their own numbering. */
export interface DocumentPages {
  kind: string;
  title: string;
  /** "Room A (Lab 1) · 09:00", or null for day-wide documents. */
  session: string | null;
  sessionKey: string | null;
  pages: PageBody[];
}

export interface Column {
  head: string;
  /** Width in mm; the rest share what is left. */
  width?: number;
  className?: string;
}

/** Splits rows into pages of at most `perPage` (an empty list still prints one page saying so). */
export function paginate<T>(rows: readonly T[], perPage: number): T[][] {
  if (rows.length === 0) return [[]];
  const pages: T[][] = [];
  for (let i = 0; i < rows.length; i += perPage) pages.push(rows.slice(i, i + perPage));
  return pages;
}

/** A table page: the column heads, rows of already-escaped cells, and a line when there are none. */
export function tableHtml(columns: Column[], rows: string[][], opts: { rowClass?: string; empty?: string } = {}): string {
  const cols = columns.map((c) => `<col${c.width ? ` style="width:${c.width}mm"` : ''}>`).join('');
  const head = columns.map((c) => `<th>${esc(c.head)}</th>`).join('');
  const body =
    rows.length === 0
      ? `<tr><td class="empty" colspan="${columns.length}">${esc(opts.empty ?? '')}</td></tr>`
      : rows
          .map((cells) => `<tr${opts.rowClass ? ` class="${opts.rowClass}"` : ''}>${cells.map((cell, i) => `<td${columns[i]?.className ? ` class="${columns[i]!.className}"` : ''}>${cell}</td>`).join('')}</tr>`)
          .join('');
  return `<table class="grid"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

export interface Frame {
  center: string;
  date: string;
  printed: string;
  auditLabel: string;
  auditHead: string;
  pageLabel(x: number, y: number): string;
  sessionLabel: string;
}

/** Every page: title, center, date, session; printed-at and by whom, the audit hash, page X of Y. */
export function framePages(doc: DocumentPages, f: Frame): string[] {
  const n = doc.pages.length;
  return doc.pages.map(
    (p, i) => `<section class="page" data-kind="${esc(doc.kind)}">
<header><div class="title">${esc(doc.title)}</div><div class="meta"><span>${esc(f.center)}</span><span>${esc(f.date)}</span>${doc.session ? `<span>${esc(f.sessionLabel)} ${esc(doc.session)}</span>` : ''}</div></header>
<main>${p.html}</main>
<footer><div>${esc(f.printed)}</div><div class="hash">${esc(f.auditLabel)} ${esc(f.auditHead)}</div><div class="pageno">${esc(f.pageLabel(i + 1, n))}</div></footer>
</section>`,
  );
}
