/** The printed documents of an exam day (issue #7). Order is print order within a pack. */
export const DOCUMENT_KINDS = ['roster', 'door-list', 'seat-plan', 'sign-in', 'attendance', 'idlog', 'results', 'blank-idcheck'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** What a center needs to run the day by hand if the computers fail. */
export const FALLBACK_PACK: readonly DocumentKind[] = ['roster', 'door-list', 'seat-plan', 'sign-in', 'blank-idcheck'];

export const PRINT_LANGS = ['zh-CN', 'en'] as const;
export type PrintLang = (typeof PRINT_LANGS)[number];

/** One printed document inside a rendered set, for the preview's table of contents. */
export interface PrintedPart {
  kind: DocumentKind;
  /** "A 09:00" for per-session documents, null for day-wide ones. */
  session: string | null;
  pages: number;
}
