import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ImportRowError } from '../../../shared/exchange/import-contract';
import type { FromReader, ToReader } from './read-protocol';
import { readRoster, type ReadInput, type ReadOutcome, type ReadProgress, type ReadyRow } from './read-rows';

/**
 * Where the reader worker's code is. From source (tsx: browser mode, the desk CLI, tests) it is
 * the TypeScript file beside this one, loaded through tsx; the desktop build points it at the
 * bundled `read-worker.js` (electron/main/index.ts).
 */
let workerUrl = new URL('./read-worker.ts', import.meta.url);

export function useReadWorkerAt(url: URL): void {
  workerUrl = url;
}

export type ReadResult = ReadOutcome & { ranIn: 'worker' | 'main' };

/** Files from this size are checked by two workers at once, each taking half of the rows. */
const SPLIT_BYTES = 4 * 1024 * 1024;

/**
 * Reads and checks a roster file in worker threads (two for a large file on a machine with two
 * cores or more: each decodes the file and checks its half of the rows). If no worker can be
 * started (a broken installation), it reads on this thread instead rather than refusing the
 * import, and says so.
 */
export async function readRosterOffThread(input: ReadInput, progress: ReadProgress = () => {}, workers = defaultWorkers(input.bytes.length)): Promise<ReadResult> {
  const started: Worker[] = [];
  try {
    for (let i = 0; i < workers; i++) started.push(new Worker(workerUrl, workerUrl.pathname.endsWith('.ts') ? { execArgv: ['--import', 'tsx'] } : {}));
  } catch (e) {
    for (const w of started) void w.terminate();
    console.warn(`exam-desk: the import reader thread could not start (${e instanceof Error ? e.message : String(e)}); reading on the main thread`);
    return { ...(await readRoster(input, progress)), ranIn: 'main' };
  }
  if (workers === 1) return readWith(started[0]!, input, progress);
  // Each part reports its own count; the caller sees the sum over the whole file.
  const checked = new Array<number>(workers).fill(0);
  const totals = new Array<number>(workers).fill(0);
  const seen = new Array<boolean>(workers).fill(false);
  let checking = false;
  const parts = started.map((w, index) =>
    readWith(w, { ...input, part: { index, of: workers } }, (phase, done, total) => {
      if (phase === 'reading') return index === 0 && !checking ? progress(phase, done, total) : undefined;
      checking = true;
      checked[index] = done;
      totals[index] = total;
      seen[index] = true;
      // The whole file's count is known once every part has said how many rows it has.
      if (seen.every(Boolean)) progress('checking', sum(checked), sum(totals));
    }).catch((e: unknown) => {
      for (const other of started) void other.terminate();
      throw e;
    }),
  );
  const results = await Promise.all(parts);
  const first = results[0]!;
  if (first.kind === 'badFile') return first;
  const rows: ReadyRow[] = [];
  const errors: ImportRowError[] = [];
  for (const r of results) {
    if (r.kind !== 'read') return r;
    for (const row of r.rows) rows.push(row);
    for (const e of r.errors) errors.push(e);
  }
  return { ...first, rows, errors };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function defaultWorkers(bytes: number): number {
  return bytes >= SPLIT_BYTES ? Math.max(1, Math.min(2, availableParallelism())) : 1;
}

/** One worker reads (its part of) the file; rows arrive in batches while it checks. */
function readWith(worker: Worker, input: ReadInput, progress: ReadProgress): Promise<ReadResult> {
  return new Promise<ReadResult>((resolve, reject) => {
    const rows: ReadyRow[] = [];
    let settled = false;
    const finish = (f: () => void) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      f();
    };
    worker.on('message', (m: FromReader) => {
      if (m.t === 'progress') progress(m.phase, m.done, m.total);
      else if (m.t === 'rows') for (const r of m.rows) rows.push(r);
      else if (m.t === 'error') finish(() => reject(new Error(`Reading the file failed: ${m.message}`)));
      else finish(() => resolve(m.outcome.kind === 'read' ? { ...m.outcome, rows, ranIn: 'worker' } : { ...m.outcome, ranIn: 'worker' }));
    });
    worker.on('error', (e) => finish(() => reject(e)));
    worker.on('exit', (code) => finish(() => reject(new Error(`The import reader thread stopped (exit code ${code}) before it finished.`))));
    // The file's bytes are copied into a buffer the worker then owns.
    const bytes = input.bytes.slice();
    const request: ToReader = { input: { ...input, bytes, hashKey: Uint8Array.from(input.hashKey) } };
    worker.postMessage(request, [bytes.buffer]);
  });
}
