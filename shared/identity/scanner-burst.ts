/**
 * Telling a scanner (or a document reader) from a person typing: a scanner sends a code as a
 * burst of keys a few milliseconds apart and ends it with Enter; a person types one key every
 * 100–300 ms. A burst is at least MIN_LENGTH printable keys whose median gap is at most
 * MAX_MEDIAN_GAP_MS, with no gap above MAX_GAP_MS (a longer pause starts a new run), and an Enter
 * no later than MAX_GAP_MS after the last key. The thresholds are generous on purpose: a busy
 * desk computer delays a scanner's keys, and a mistaken "typing" only costs the scan-mode routing.
 */
export const BURST_MIN_LENGTH = 6;
export const BURST_MAX_MEDIAN_GAP_MS = 60;
export const BURST_MAX_GAP_MS = 250;

export interface Burst {
  /** The printable keys of the burst, in order. */
  text: string;
}

/** Feed every keydown (key name as in KeyboardEvent.key, time in ms); Enter answers the burst or null. */
export class ScannerBurst {
  private keys: { key: string; at: number }[] = [];

  /** A printable key (length 1); any other key but Enter and Shift ends the run. */
  key(key: string, at: number): void {
    if (key === 'Shift') return;
    if (key.length !== 1) {
      this.keys = [];
      return;
    }
    const last = this.keys[this.keys.length - 1];
    if (last && at - last.at > BURST_MAX_GAP_MS) this.keys = [];
    this.keys.push({ key, at });
  }

  /** Enter at `at`: the burst it ends, or null when the keys before it were typed by hand. */
  enter(at: number): Burst | null {
    const keys = this.keys;
    this.keys = [];
    const last = keys[keys.length - 1];
    if (!last || keys.length < BURST_MIN_LENGTH || at - last.at > BURST_MAX_GAP_MS) return null;
    const gaps = keys
      .slice(1)
      .map((k, i) => k.at - keys[i]!.at)
      .sort((a, b) => a - b);
    const median = gaps[Math.floor(gaps.length / 2)] ?? 0;
    return median <= BURST_MAX_MEDIAN_GAP_MS ? { text: keys.map((k) => k.key).join('') } : null;
  }

  reset(): void {
    this.keys = [];
  }
}
