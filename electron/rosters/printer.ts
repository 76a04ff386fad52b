import type { PrintLang } from '../../shared/rosters/documents';
import type { PrinterInfo } from '../../shared/rosters/contract';

/** A composed set of pages ready to render (see compose.ts). */
export interface PrintJob {
  body: string;
  lang: PrintLang;
}

/**
 * Turns composed pages into paper or a PDF. The desktop app prints through Electron
 * (print-electron.ts); browser mode, the CLI and the tests render through Chromium
 * (chromium-printer.ts). Both load the same HTML with the same bundled fonts.
 */
export interface DocumentPrinter {
  readonly name: string;
  pdf(job: PrintJob): Promise<Uint8Array>;
  printers(): Promise<PrinterInfo[]>;
  /** Sends the job to a printer; a door without printers throws PRINT_UNAVAILABLE. */
  print(job: PrintJob, printer: string): Promise<void>;
}
