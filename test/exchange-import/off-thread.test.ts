import Database from 'better-sqlite3';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { listBackups } from '../../electron/exchange/backup/backup-files';
import { readRosterOffThread, useReadWorkerAt } from '../../electron/exchange/import/read-off-thread';
import { readRoster, type ReadInput } from '../../electron/exchange/import/read-rows';
import type { BackupEntry } from '../../shared/exchange/backup-contract';
import type { ImportJobs } from '../../electron/exchange/import/import-jobs';
import type { ImportProgress, ImportResult } from '../../shared/exchange/import-contract';
import type { IpcResult } from '../../shared/ipc/result';
import { bundleForNode } from '../support/bundle-node';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';
import { csv, largeRoster, sampleTable, seedCenter, withCell } from './fixtures';

const tempDir = useTempDir();
const KEY = new Uint8Array(32).fill(7);

const input = (text: string): ReadInput => ({ bytes: new Uint8Array(Buffer.from(text)), presets: [], centerCode: 'SZ-NS-01', timeZone: 'Asia/Shanghai', hashKey: KEY });

/** The sample with two bad rows: a wrong check digit and an impossible date. */
function flawedSample(): string {
  let table = sampleTable();
  table = withCell(table, 3, 'id_number', '11010519491231002Y');
  table = withCell(table, 7, 'exam_date', '2026-02-30');
  return csv(table);
}

const defaultWorker = new URL('../../electron/exchange/import/read-worker.ts', import.meta.url);
afterEach(() => useReadWorkerAt(defaultWorker));

describe('#8 large files are read off the main thread', () => {
  test('the worker thread reads and checks a file exactly as this thread does: same rows, hashes and errors', async () => {
    const text = flawedSample();
    const phases: string[] = [];
    const done: number[] = [];
    const off = await readRosterOffThread(input(text), (phase, d) => {
      phases.push(phase);
      if (phase === 'checking') done.push(d);
    });
    const inline = await readRoster(input(text));
    expect(off.ranIn).toBe('worker');
    if (off.kind !== 'read' || inline.kind !== 'read') throw new Error('both should read the file');
    expect(off.rows).toEqual(inline.rows);
    expect(off.errors).toEqual(inline.errors);
    expect(off.errors.map((e) => [e.line, e.code])).toEqual([
      [4, 'BAD_DOCUMENT_NUMBER'],
      [8, 'BAD_DATE'],
    ]);
    expect(off.rows).toHaveLength(58);
    expect(off.rows[0]!.idHash).toMatch(/^[0-9a-f]{64}$/);
    // Reading comes before checking, and the count of checked rows only grows up to every row.
    expect(phases[0]).toBe('reading');
    expect(phases.at(-1)).toBe('checking');
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.at(-1)).toBe(60);
  });

  test('two workers sharing a file (each checks half the rows) give the rows in file order and every error, as one thread does', async () => {
    let table = sampleTable();
    table = withCell(table, 3, 'id_number', '11010519491231002Y');
    table = withCell(table, 50, 'start_time', '25:00');
    const text = csv(table);
    const counts: number[] = [];
    const split = await readRosterOffThread(input(text), (phase, done, total) => phase === 'checking' && counts.push(done) && expect(total).toBe(60), 2);
    const inline = await readRoster(input(text));
    if (split.kind !== 'read' || inline.kind !== 'read') throw new Error('both should read the file');
    expect(split.rows).toEqual(inline.rows);
    expect(split.errors).toEqual(inline.errors);
    expect(split.errors.map((e) => e.line)).toEqual([4, 51]);
    expect(split.head.records).toBe(60);
    expect(counts.at(-1)).toBe(60);
  });

  test('a broken file is reported from the worker with its line, like on this thread', async () => {
    const off = await readRosterOffThread(input('booking_id,candidate_name\r\nB1,"unclosed\r\n'));
    expect(off).toMatchObject({ kind: 'badFile', ranIn: 'worker', error: { code: 'BAD_FILE', line: 2 } });
  });

  test('the bundled worker (as the desktop build ships it) runs with no TypeScript loader', async () => {
    const outfile = await bundleForNode('electron/exchange/import/read-worker.ts', join(tempDir(), 'read-worker.mjs'));
    useReadWorkerAt(pathToFileURL(outfile));
    const off = await readRosterOffThread(input(flawedSample()));
    expect(off).toMatchObject({ kind: 'read', ranIn: 'worker' });
    if (off.kind === 'read') expect(off.rows).toHaveLength(58);
  });

  test('a reader worker that is missing or stops before it finishes fails the import with a message, never a half-read file', async () => {
    useReadWorkerAt(pathToFileURL(join(tempDir(), 'missing-worker.mjs')));
    await expect(readRosterOffThread(input(flawedSample()))).rejects.toThrow(/missing-worker|Cannot find/);
    useReadWorkerAt(new URL('data:text/javascript,'));
    await expect(readRosterOffThread(input(flawedSample()))).rejects.toThrow(/stopped \(exit code 0\) before it finished/);
  });
});

/**
 * Wakes the test each time a running import reports progress (or ends), so the test asks the
 * registry on states, not on a timer (#14.13): what it sees does not depend on the machine's speed.
 */
function progressChanges(imports: ImportJobs): { next(): Promise<void> } {
  const waiting: (() => void)[] = [];
  const wake = () => waiting.splice(0).forEach((w) => w());
  const begin = imports.begin.bind(imports);
  imports.begin = (...args: Parameters<ImportJobs['begin']>) => {
    const job = begin(...args);
    return {
      report: (...r: Parameters<typeof job.report>) => {
        job.report(...r);
        wake();
      },
      end: () => {
        job.end();
        wake();
      },
    };
  };
  return { next: () => new Promise<void>((resolve) => waiting.push(resolve)) };
}

describe('#8 import progress while the desk keeps answering', () => {
  async function bigDesk(rows: number) {
    const d = await openTestDesk(tempDir(), new Date('2026-11-30T02:00:00Z'));
    await seedCenter(d.core.store.db, 30);
    const manager = await d.as('manager');
    const payload = { fileName: 'big.csv', base64: Buffer.from(largeRoster(rows)).toString('base64') };
    return { d, manager, payload };
  }

  test('while a large import runs, the screen asks how far it has got and is answered; the percentage only grows', async () => {
    const { d, manager, payload } = await bigDesk(20_000);
    const jobId = 'job-progress-0001';
    const changes = progressChanges(d.core.imports);
    let finished = false;
    const applying = d.registry.invoke('exchange.importApply', { ...payload, jobId }, manager).finally(() => {
      finished = true;
    });
    const seen: ImportProgress[] = [];
    // Each time the import reports progress, the screen's question is asked and answered.
    while (!finished) {
      await Promise.race([changes.next(), applying]);
      const r = (await d.registry.invoke('exchange.importProgress', { jobId }, manager)) as IpcResult<ImportProgress | null>;
      if (r.ok && r.value && !finished) seen.push(r.value);
    }
    const result = (await applying) as IpcResult<ImportResult>;
    expect(result).toMatchObject({ ok: true, value: { created: 20_000 } });
    // Answered during the long phases (checking in the worker, writing here), not only before or after.
    const phases = new Set(seen.map((p) => p.phase));
    expect([...phases]).toEqual(expect.arrayContaining(['checking', 'writing']));
    const percents = seen.map((p) => p.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(new Set(percents).size).toBeGreaterThan(5);
    expect(seen.every((p) => p.jobId === jobId && p.done <= p.total)).toBe(true);
    // Once finished the job is gone.
    expect(await d.registry.invoke('exchange.importProgress', { jobId }, manager)).toEqual({ ok: true, value: null });
    await d.close();
  }, 600_000); // a safety net only: the test waits for progress reports, not for time

  test('one import at a time: a second one is refused with CONFLICT, and another desk cannot read its progress', async () => {
    const { d, manager, payload } = await bigDesk(5_000);
    const other = await d.as('manager');
    const jobId = 'job-conflict-0001';
    const first = d.registry.invoke('exchange.importPreview', { ...payload, jobId }, manager);
    const second = await d.registry.invoke('exchange.importApply', payload, other);
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await d.registry.invoke('exchange.importProgress', { jobId }, other)).toEqual({ ok: true, value: null });
    expect(await first).toMatchObject({ ok: true, value: { create: 5_000 } });
    // Afterwards the desk imports again.
    expect(await d.registry.invoke('exchange.importApply', payload, other)).toMatchObject({ ok: true, value: { created: 5_000 } });
    await d.close();
  }, 600_000); // a safety net only (two 5 000-row imports on a busy machine)

  test('a backup asked for while an import is being written waits for it: the copy has every imported booking', async () => {
    const { d, manager, payload } = await bigDesk(20_000);
    const jobId = 'job-backup-0001';
    const changes = progressChanges(d.core.imports);
    const applying = d.registry.invoke('exchange.importApply', { ...payload, jobId }, manager);
    for (;;) {
      const r = (await d.registry.invoke('exchange.importProgress', { jobId }, manager)) as IpcResult<ImportProgress | null>;
      if (!r.ok || r.value === null) throw new Error('the import ended before it was written');
      if (r.value.phase === 'writing' && r.value.done > 0) break;
      await changes.next();
    }
    const backup = (await d.registry.invoke('backup.now', {}, manager)) as IpcResult<BackupEntry>;
    expect(await applying).toMatchObject({ ok: true, value: { created: 20_000 } });
    expect(backup.ok).toBe(true);
    const file = listBackups(join(dirname(d.core.store.path), 'backups'))[0]!;
    const copy = new Database(file.path, { readonly: true });
    expect(copy.prepare('select count(*) as n from appointments').get()).toEqual({ n: 20_000 });
    copy.close();
    await d.close();
  }, 600_000);
});
