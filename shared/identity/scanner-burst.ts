/**
 * Telling a scanner (or a document reader) from a person typing: a scanner sends a code as a
 * burst of keys a few milliseconds apart and ends it with Enter; a person types one key every
 * 100–300 ms. A burst is at least MIN_LENGTH printable keys whose median gap is at most
 * MAX_MEDIAN_GAP_MS, with no gap above MAX_GAP_MS (a longer pause starts a new run) except a stall
 * of at most MAX_STALL_MS between fast runs, and an Enter no later than MAX_GAP_MS after the last key. The thresholds are generous on purpose: a busy
 * desk computer delays a scanner's keys, and a mistaken "typing" only costs the scan-mode routing.
 */
export const BURST_MIN_LENGTH = 6;
export const BURST_MAX_MEDIAN_GAP_MS = 60;
export const BURST_MAX_GAP_MS = 250;
/** The longest stall inside one scan that a busy computer may put between two of its keys. */
export const BURST_MAX_STALL_MS = 1000;

interface Key {
  key: string;
  at: number;
}

function gapsOf(run: Key[]): number[] {
  return run.slice(1).map((k, i) => k.at - run[i]!.at);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export interface Burst {
  /** The printable keys of the burst, in order. */
  text: string;
}

/** Feed every keydown (key name as in KeyboardEvent.key, time in ms); Enter answers the burst or null. */
export class ScannerBurst {
  private keys: Key[] = [];

  /** A printable key (length 1); any other key but Enter and Shift ends the run. */
  key(key: string, at: number): void {
    if (key === 'Shift') return;
    if (key.length !== 1) {
      this.keys = [];
      return;
    }
    const last = this.keys[this.keys.length - 1];
    // Only what a stalled scan can still join is kept.
    if (last && at - last.at > BURST_MAX_STALL_MS) this.keys = [];
    if (this.keys.length >= 200) this.keys.shift();
    this.keys.push({ key, at });
  }

  /** Enter at `at`: the burst it ends, or null when the keys before it were typed by hand. */
  enter(at: number): Burst | null {
    const keys = this.keys;
    this.keys = [];
    const last = keys[keys.length - 1];
    if (!last || at - last.at > BURST_MAX_GAP_MS) return null;
    // The runs of keys between pauses; the last one ends at this Enter.
    const runs: Key[][] = [];
    keys.forEach((k, i) => {
      if (i === 0 || k.at - keys[i - 1]!.at > BURST_MAX_GAP_MS) runs.push([k]);
      else runs[runs.length - 1]!.push(k);
    });
    let burst = runs.pop()!;
    let gaps = gapsOf(burst);
    // A busy computer can hold a scanner's keys back for a moment mid-code (they then arrive
    // together): an earlier run joins the burst when the stall was short and that run was itself
    // fast, so a stalled scan is still one code, never its tail. A person's slower keys never join.
    for (let run = runs.pop(); run; run = runs.pop()) {
      const stall = burst[0]!.at - run[run.length - 1]!.at;
      const own = gapsOf(run);
      if (stall > BURST_MAX_STALL_MS || (own.length > 0 && median(own) > BURST_MAX_MEDIAN_GAP_MS)) break;
      burst = [...run, ...burst];
      gaps = [...own, ...gaps];
    }
    if (burst.length < BURST_MIN_LENGTH || gaps.length === 0) return null;
    return median(gaps) <= BURST_MAX_MEDIAN_GAP_MS ? { text: burst.map((k) => k.key).join('') } : null;
  }

  reset(): void {
    this.keys = [];
  }
}
