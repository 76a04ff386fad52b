import type { PlanCandidate, PlanSeat } from './types';

/** Seats side by side (same row, next column) or directly in front/behind (same column, next row). */
export function neighbourPairs(seats: readonly PlanSeat[]): [number, number][] {
  const at = new Map(seats.map((s, i) => [`${s.row}:${s.col}`, i]));
  const pairs: [number, number][] = [];
  seats.forEach((s, i) => {
    for (const key of [`${s.row}:${s.col + 1}`, `${s.row + 1}:${s.col}`]) {
      const j = at.get(key);
      if (j !== undefined) pairs.push([i, j]);
    }
  });
  return pairs;
}

/** How many neighbouring pairs hold two candidates of the same subject. */
export function countSameSubject(pairs: readonly [number, number][], bySeat: readonly (PlanCandidate | null)[]): number {
  let n = 0;
  for (const [i, j] of pairs) {
    const a = bySeat[i];
    const b = bySeat[j];
    if (a && b && a.subject === b.subject) n++;
  }
  return n;
}
