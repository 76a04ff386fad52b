import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemo, type DemoSummary } from '../../electron/demo/generate';
import { openStore, type Store } from '../../electron/store/open';
import { rowCounts } from '../support/row-counts';

/** The demo day's date and the key of the document-number hash, shared by the demo tests. */
export const DATE = '2026-12-05';
export const key = Buffer.alloc(32, 7);

/** Row count of every table of a store. */
export const counts = (store: Store) => rowCounts({ store } as never);

export interface DemoDay {
  /** A fresh folder for the test file's databases. */
  dir: string;
  /** `demo.sqlite` in that folder, with the demo day of DATE generated into it. */
  store: Store;
  summary: DemoSummary;
}

/** A fresh folder with the demo day generated into `demo.sqlite` (one per test file, in beforeAll). */
export async function openDemoDay(): Promise<DemoDay> {
  const dir = mkdtempSync(join(tmpdir(), 'exam-desk-demo-'));
  const store = await openStore(join(dir, 'demo.sqlite'));
  const summary = await generateDemo(store, { date: DATE, hashKey: key });
  return { dir, store, summary };
}

export async function closeDemoDay(day: Pick<DemoDay, 'dir' | 'store'>): Promise<void> {
  await day.store.close();
  rmSync(day.dir, { recursive: true, force: true });
}
