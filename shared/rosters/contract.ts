import { z } from 'zod';
import { channel } from '../ipc/channel';
import { localDateSchema } from '../ipc/schemas';
import { DOCUMENT_KINDS, PRINT_LANGS, type PrintedPart } from './documents';

const documentsRequest = z
  .object({
    date: localDateSchema,
    documents: z.array(z.enum(DOCUMENT_KINDS)).min(1, 'Choose one or more documents.').max(DOCUMENT_KINDS.length),
    lang: z.enum(PRINT_LANGS),
  })
  .strict();

export interface RosterPreview {
  /** The pages as HTML (styles scoped under .xd-print; fonts come from the page that shows it). */
  html: string;
  pages: number;
  parts: PrintedPart[];
  /** The audit log's latest hash printed on every page. */
  auditHead: string;
}

export interface RosterPdf {
  fileName: string;
  base64: string;
  pages: number;
  bytes: number;
}

export interface PrinterInfo {
  name: string;
  displayName: string;
  isDefault: boolean;
}

export const rostersContract = {
  /** The chosen documents of a day, paginated, for the on-screen preview. */
  'rosters.preview': channel<RosterPreview>()({ request: documentsRequest, role: 'manager' }),
  /** The same pages as a PDF file (saved by the screen). Audited: who printed what, when. */
  'rosters.pdf': channel<RosterPdf>()({ request: documentsRequest, role: 'manager' }),
  /** The printers the desktop app can reach (empty in browser mode). */
  'rosters.printers': channel<PrinterInfo[]>()({ request: z.object({}).strict(), role: 'manager' }),
  /** Sends the pages to a printer (desktop app only; browser mode answers PRINT_UNAVAILABLE). Audited. */
  'rosters.print': channel<{ pages: number }>()({
    request: documentsRequest.extend({ printer: z.string().min(1).max(200) }).strict(),
    role: 'manager',
  }),
};
