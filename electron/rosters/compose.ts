import type { Kysely } from 'kysely';
import { DOCUMENT_KINDS, type DocumentKind, type PrintedPart, type PrintLang } from '../../shared/rosters/documents';
import type { SeatPlanView } from '../../shared/seating/contract';
import { loadSeatPlan } from '../seating/plan-repo';
import type { DB } from '../store/schema';
import { localDateTime } from '../today/local-time';
import { loadPaperDay, type PaperDay } from './day-data';
import { DOCUMENT_BUILDERS } from './documents';
import { PRINT_CSS } from '../../shared/rosters/print-css';
import { framePages } from './html';
import { labelsFor } from './labels';

export interface ComposeRequest {
  date: string;
  documents: DocumentKind[];
  lang: PrintLang;
  /** Who prints and when: on every page. */
  printedBy: string;
  now: Date;
}

export interface ComposedSet {
  /** The framed pages, inside <div class="xd-print">. */
  body: string;
  pages: number;
  parts: PrintedPart[];
  auditHead: string;
  day: PaperDay;
}

/** Reads the day once and lays out the chosen documents, in the fixed print order. */
export async function composeDocuments(db: Kysely<DB>, req: ComposeRequest): Promise<ComposedSet> {
  const day = await loadPaperDay(db, req.date);
  const L = labelsFor(req.lang);
  const kinds = DOCUMENT_KINDS.filter((k) => req.documents.includes(k));
  const seatPlans = new Map<number, SeatPlanView>();
  if (kinds.includes('seat-plan')) for (const s of day.sessions) seatPlans.set(s.id, await loadSeatPlan(db, s.id));
  const printed = `${L.printedBy} ${localDateTime(req.now, day.center.timeZone)} · ${req.printedBy}`;
  const center = `${req.lang === 'en' ? day.center.nameEn : day.center.name} (${day.center.code})`;
  const frame = { center, date: day.date, printed, auditLabel: L.auditHash, auditHead: day.auditHead, pageLabel: L.page, sessionLabel: L.session };
  const sections: string[] = [];
  const parts: PrintedPart[] = [];
  for (const kind of kinds) {
    for (const doc of DOCUMENT_BUILDERS[kind]({ day, L, seatPlans })) {
      sections.push(...framePages(doc, frame));
      parts.push({ kind, session: doc.sessionKey, pages: doc.pages.length });
    }
  }
  return { body: `<div class="xd-print">${sections.join('\n')}</div>`, pages: sections.length, parts, auditHead: day.auditHead, day };
}

/** A whole printable HTML document: A4 pages without browser margins, fonts from `fontCss`. */
export function printableHtml(set: Pick<ComposedSet, 'body'>, fontCss: string, lang: PrintLang): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Exam Desk</title><style>${fontCss}
@page { size: A4; margin: 0; }
html, body { margin: 0; padding: 0; }
${PRINT_CSS}</style></head><body>${set.body}</body></html>`;
}
