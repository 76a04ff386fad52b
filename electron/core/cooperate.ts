import { performance } from 'node:perf_hooks';

/** Lets the event loop run (other calls, timers, progress questions) before going on. */
export const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Counts work done in a long loop on the main thread, reports it and gives the event loop a turn
 * whenever `sliceMs` of work has passed, so a long import never holds the thread for long.
 */
export class Ticker {
  private done = 0;
  private lastYield = performance.now();

  constructor(
    private readonly total: number,
    private readonly report: (done: number, total: number) => void,
    private readonly sliceMs = 40,
  ) {
    report(0, total);
  }

  async tick(n = 1): Promise<void> {
    this.done = Math.min(this.total, this.done + n);
    if (performance.now() - this.lastYield < this.sliceMs) return;
    this.report(Math.round(this.done), this.total);
    await yieldToLoop();
    this.lastYield = performance.now();
  }

  finish(): void {
    this.done = this.total;
    this.report(this.total, this.total);
  }
}
