import type { ReadInput, ReadOutcome, ReadyRow } from './read-rows';

/** Main thread → reader worker: the one request a worker serves. */
export interface ToReader {
  input: ReadInput;
}

/** Reader worker → main thread. */
export type FromReader = { t: 'progress'; phase: 'reading' | 'checking'; done: number; total: number } | { t: 'rows'; rows: ReadyRow[] } | { t: 'done'; outcome: ReadOutcome } | { t: 'error'; message: string };
