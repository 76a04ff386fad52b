import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DocumentKind, PrintLang, PrintedPart } from '../../shared/rosters/documents';
import { appendAudit } from '../audit/audit-log';
import type { DB } from '../store/schema';
import { composeDocuments } from './compose';
import type { DocumentPrinter } from './printer';

export interface PdfRequest {
  date: string;
  documents: DocumentKind[];
  lang: PrintLang;
  printedBy: { id: number | null; name: string };
  now: Date;
  /** Which door printed: 'ipc' or 'cli', for the audit entry. */
  door: string;
}

export interface RenderedPdf {
  fileName: string;
  bytes: Uint8Array;
  pages: number;
  parts: PrintedPart[];
  sha256: string;
}

/**
 * Composes the documents, renders them and records in the audit log who printed what, which
 * audit hash the pages carry, and the PDF's SHA-256, so a paper copy can be traced back.
 */
export async function renderDocumentsPdf(db: Kysely<DB>, printer: DocumentPrinter, req: PdfRequest): Promise<RenderedPdf> {
  const set = await composeDocuments(db, { date: req.date, documents: req.documents, lang: req.lang, printedBy: req.printedBy.name, now: req.now });
  const bytes = await printer.pdf({ body: set.body, lang: req.lang });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const what = req.documents.length === 1 ? req.documents[0] : 'documents';
  const fileName = `${set.day.center.code}-${req.date}-${what}.pdf`;
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      at: req.now.toISOString(),
      operatorId: req.printedBy.id,
      action: 'rosters.pdf',
      subjectType: 'day',
      subjectId: req.date,
      detail: { documents: req.documents, lang: req.lang, pages: set.pages, auditHead: set.auditHead, sha256, door: req.door },
    }),
  );
  return { fileName, bytes, pages: set.pages, parts: set.parts, sha256 };
}
