import { performance } from 'node:perf_hooks';

export interface Figure {
  name: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
  /** The target from issue #10, when there is one. */
  targetMs?: number;
  /** For paired measures: this figure divided by its floor's median. */
  ratioToFloor?: number;
  note?: string;
  /** A size rather than a time: median, p95 and target are in this unit instead of ms. */
  unit?: 'kB';
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)]!;
}

/** Runs `fn` `runs` times (after `warmup` unmeasured runs) and returns the median and p95. */
export async function measure(name: string, fn: (i: number) => unknown | Promise<unknown>, opts: { runs?: number; warmup?: number; targetMs?: number } = {}): Promise<Figure> {
  const runs = opts.runs ?? 50;
  for (let i = 0; i < (opts.warmup ?? 3); i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const f: Figure = { name, runs, medianMs: percentile(times, 50), p95Ms: percentile(times, 95) };
  if (opts.targetMs !== undefined) f.targetMs = opts.targetMs;
  return f;
}

export function withFloor(figure: Figure, floor: Figure): Figure {
  return { ...figure, ratioToFloor: figure.medianMs / Math.max(floor.medianMs, 1e-6) };
}
