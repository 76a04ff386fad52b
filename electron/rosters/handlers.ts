import type { rostersContract } from '../../shared/rosters/contract';
import { appendAudit } from '../audit/audit-log';
import { requireOperator, type HandlerContext } from '../core/context';
import { DomainError } from '../core/errors';
import type { HandlerMap } from '../core/registry';
import { composeDocuments } from './compose';
import type { DocumentPrinter } from './printer';
import { renderDocumentsPdf } from './render-pdf';

function printerOf(ctx: HandlerContext): DocumentPrinter {
  const p = ctx.core.printer;
  if (!p) throw new DomainError('PRINT_UNAVAILABLE', 'This desk has no way to render documents.');
  return p;
}

export const rostersHandlers: HandlerMap<typeof rostersContract> = {
  'rosters.preview': async (req, ctx) => {
    const op = requireOperator(ctx);
    const set = await composeDocuments(ctx.core.store.db, { ...req, printedBy: op.displayName, now: ctx.now });
    return { html: set.body, pages: set.pages, parts: set.parts, auditHead: set.auditHead };
  },

  'rosters.pdf': async (req, ctx) => {
    const op = requireOperator(ctx);
    const pdf = await renderDocumentsPdf(ctx.core.store.db, printerOf(ctx), {
      ...req,
      printedBy: { id: op.id, name: op.displayName },
      now: ctx.now,
      door: ctx.caller.transport,
    });
    return { fileName: pdf.fileName, base64: Buffer.from(pdf.bytes).toString('base64'), pages: pdf.pages, bytes: pdf.bytes.byteLength };
  },

  'rosters.printers': async (_req, ctx) => (ctx.core.printer ? ctx.core.printer.printers() : []),

  'rosters.print': async (req, ctx) => {
    const op = requireOperator(ctx);
    const printer = printerOf(ctx);
    const db = ctx.core.store.db;
    const set = await composeDocuments(db, { ...req, printedBy: op.displayName, now: ctx.now });
    await printer.print({ body: set.body, lang: req.lang }, req.printer);
    await db.transaction().execute((trx) =>
      appendAudit(trx, {
        at: ctx.now.toISOString(),
        operatorId: op.id,
        action: 'rosters.print',
        subjectType: 'day',
        subjectId: req.date,
        detail: { documents: req.documents, lang: req.lang, pages: set.pages, auditHead: set.auditHead, printer: req.printer },
      }),
    );
    return { pages: set.pages };
  },
};
