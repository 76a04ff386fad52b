import { existsSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { DomainError } from '../core/errors';
import { printableHtml } from './compose';
import { fontFaceCss, fontFile } from './fonts';
import type { DocumentPrinter, PrintJob } from './printer';

/** Fonts are served to the page by request interception; this host never goes on the network. */
const FONT_BASE = 'https://print-fonts.exam-desk.invalid/';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** The Chromium to render with: EXAM_DESK_CHROMIUM, or the first usual install found. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const wanted = env.EXAM_DESK_CHROMIUM;
  if (wanted) return existsSync(wanted) ? wanted : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** PDFs through a headless Chromium, one short-lived browser per job (no process outlives it). */
export function chromiumPrinter(executablePath: string | null = findChromium()): DocumentPrinter {
  return {
    name: 'chromium',
    async pdf(job: PrintJob) {
      if (!executablePath) {
        throw new DomainError('PRINT_UNAVAILABLE', 'No Chromium was found to render the PDF. Set EXAM_DESK_CHROMIUM to a Chromium or Chrome executable.');
      }
      const browser = await chromium.launch({ executablePath, args: ARGS, headless: true });
      try {
        const page = await browser.newPage();
        // The page may load nothing but the bundled fonts.
        await page.route('**/*', async (route) => {
          const url = route.request().url();
          const file = url.startsWith(FONT_BASE) ? fontFile(url.slice(FONT_BASE.length)) : null;
          if (file && existsSync(file)) {
            await route.fulfill({
              status: 200,
              contentType: file.endsWith('.woff2') ? 'font/woff2' : 'font/woff',
              headers: { 'access-control-allow-origin': '*' },
              body: readFileSync(file),
            });
          } else {
            await route.abort();
          }
        });
        await page.setContent(printableHtml(job, fontFaceCss(FONT_BASE), job.lang), { waitUntil: 'load' });
        // Wait for the web fonts (the Node side has no DOM types, hence the string).
        await page.evaluate('document.fonts.ready.then(() => true)');
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        return new Uint8Array(pdf);
      } finally {
        await browser.close();
      }
    },
    async printers() {
      return [];
    },
    async print() {
      throw new DomainError('PRINT_UNAVAILABLE', 'Printing to a printer needs the desktop app; save the PDF and print it instead.');
    },
  };
}
