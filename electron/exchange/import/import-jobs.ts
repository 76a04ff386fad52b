import { randomUUID } from 'node:crypto';
import type { ImportPhase, ImportProgress } from '../../../shared/exchange/import-contract';
import { DomainError } from '../../core/errors';

export type ImportMode = 'preview' | 'apply';

/** Each phase's share of the whole job, by what it costs on a large file. */
const WEIGHTS: Record<ImportMode, Record<ImportPhase, number>> = {
  preview: { reading: 0.15, checking: 0.6, comparing: 0.25, writing: 0 },
  apply: { reading: 0.08, checking: 0.32, comparing: 0.1, writing: 0.5 },
};

export type PhaseReport = (phase: ImportPhase, done: number, total: number) => void;

export interface ImportJob {
  readonly report: PhaseReport;
  end(): void;
}

interface Running {
  clientId: string;
  mode: ImportMode;
  progress: ImportProgress;
}

/**
 * The roster import running on this desk (one at a time: two would fight over the same rows) and
 * how far it has got, kept in memory so the screen can ask while the import call is still open.
 */
export class ImportJobs {
  private running: Running | null = null;

  begin(clientId: string, mode: ImportMode, jobId: string | undefined, now: Date): ImportJob {
    if (this.running) {
      const since = this.running.progress.startedAt.slice(11, 19);
      throw new DomainError('CONFLICT', `Another roster import has been running since ${since} UTC; wait for it to finish, then try again.`, { key: 'exchange.importRunning', params: { since } });
    }
    const job: Running = {
      clientId,
      mode,
      progress: { jobId: jobId ?? randomUUID(), phase: 'reading', done: 0, total: 0, percent: 0, startedAt: now.toISOString() },
    };
    this.running = job;
    const weights = WEIGHTS[mode];
    const order = Object.keys(weights) as ImportPhase[];
    return {
      report: (phase, done, total) => {
        const before = order.slice(0, order.indexOf(phase)).reduce((s, p) => s + weights[p], 0);
        const within = total > 0 ? Math.min(1, done / total) : 0;
        // Never backwards, even if a late report of an earlier phase arrives.
        const percent = Math.max(job.progress.percent, Math.min(100, Math.round((before + weights[phase] * within) * 100)));
        job.progress = { ...job.progress, phase, done, total, percent };
      },
      end: () => {
        if (this.running === job) this.running = null;
      },
    };
  }

  /** The caller's own running job, by the id its screen chose; null when none is running. */
  progressOf(clientId: string, jobId: string): ImportProgress | null {
    const r = this.running;
    return r && r.clientId === clientId && r.progress.jobId === jobId ? r.progress : null;
  }
}
