import { writeFileSync } from 'node:fs';
import { localDateSchema } from '../../shared/ipc/schemas';
import { DOCUMENT_KINDS, FALLBACK_PACK, PRINT_LANGS, type DocumentKind, type PrintLang } from '../../shared/rosters/documents';
import { stringOption } from '../core/args';
import { chromiumPrinter } from '../rosters/chromium-printer';
import { renderDocumentsPdf } from '../rosters/render-pdf';
import { openStore } from '../store/open';
import type { Command } from './commands';

/** Which documents `--docs` names: a comma list, "all", or "fallback" (the paper fallback pack). */
export function parseDocs(text: string | undefined): DocumentKind[] | string {
  if (!text) return ['roster'];
  if (text === 'all') return [...DOCUMENT_KINDS];
  if (text === 'fallback') return [...FALLBACK_PACK];
  const names = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !(DOCUMENT_KINDS as readonly string[]).includes(n));
  if (unknown.length || names.length === 0) return `--docs: unknown document ${unknown.map((u) => `"${u}"`).join(', ') || '(none)'}; use ${DOCUMENT_KINDS.join(', ')}, all or fallback`;
  return names as DocumentKind[];
}

export const rosterCommand: Command = {
  name: 'roster',
  summary: "print a day's documents to a PDF (rosters by default; all, fallback, or a list)",
  usage: `desk roster --db PATH --date YYYY-MM-DD --out FILE.pdf [--docs ${DOCUMENT_KINDS.join(',')}|all|fallback] [--lang ${PRINT_LANGS.join('|')}]`,
  async run({ options }) {
    const db = stringOption(options, 'db');
    const date = stringOption(options, 'date') ?? '';
    const out = stringOption(options, 'out');
    const lang = (stringOption(options, 'lang') ?? 'zh-CN') as PrintLang;
    const docs = parseDocs(stringOption(options, 'docs'));
    const problems = [
      !db && '--db PATH is required',
      !localDateSchema.safeParse(date).success && `--date "${date}" is not a date as YYYY-MM-DD`,
      !out && '--out FILE.pdf is required',
      !(PRINT_LANGS as readonly string[]).includes(lang) && `--lang must be one of ${PRINT_LANGS.join(', ')}`,
      typeof docs === 'string' && docs,
    ].filter(Boolean);
    if (problems.length) {
      console.error(`roster: ${problems.join('; ')}`);
      return 2;
    }
    const store = await openStore(db!);
    try {
      const pdf = await renderDocumentsPdf(store.db, chromiumPrinter(), {
        date,
        documents: docs as DocumentKind[],
        lang,
        printedBy: { id: null, name: 'desk roster (CLI)' },
        now: new Date(),
        door: 'cli',
      });
      writeFileSync(out!, pdf.bytes);
      console.log(`${pdf.pages} pages written to ${out} (sha256 ${pdf.sha256})`);
      for (const p of pdf.parts) console.log(`  ${p.kind}${p.session ? ` ${p.session}` : ''}: ${p.pages} page${p.pages === 1 ? '' : 's'}`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
