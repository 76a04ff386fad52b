import { mulberry32 } from '../../../shared/identity/random';
import { countSameSubject, neighbourPairs } from './adjacency';
import type { PlanCandidate, PlanResult, PlanSeat } from './types';

const EXACT_LIMIT = 8;

function shuffled<T>(items: readonly T[], rng: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/**
 * Seats every candidate on exactly one working seat, deterministically for a seed:
 * wheelchair candidates on wheelchair seats; as few same-subject neighbours (side by side, front
 * and back) as the room allows, with the count reported; retakes spread by the same rule. Small
 * sessions are solved exactly; larger ones greedily and then improved by swaps. A session that
 * does not fit gets the number of missing seats, never a partial plan.
 */
export function planSeats(input: { seats: readonly PlanSeat[]; candidates: readonly PlanCandidate[]; seed: number }): PlanResult {
  const seats = [...input.seats].sort((a, b) => a.row - b.row || a.col - b.col);
  const needWheel = input.candidates.filter((c) => c.wheelchair).length;
  const wheelSeats = seats.filter((s) => s.wheelchair).length;
  const missingSeats = Math.max(0, input.candidates.length - seats.length);
  const missingWheelchairSeats = Math.max(0, needWheel - wheelSeats);
  if (missingSeats > 0 || missingWheelchairSeats > 0) return { ok: false, missingSeats, missingWheelchairSeats };
  const rng = mulberry32(input.seed >>> 0);
  const candidates = shuffled(
    [...input.candidates].sort((a, b) => a.appointmentId - b.appointmentId),
    rng,
  );
  const pairs = neighbourPairs(seats);
  const bySeat: (PlanCandidate | null)[] = seats.map(() => null);
  const allowed = (c: PlanCandidate, s: PlanSeat) => !c.wheelchair || s.wheelchair;

  if (candidates.length <= EXACT_LIMIT && seats.length <= EXACT_LIMIT + 2) exact(seats, candidates, pairs, bySeat, allowed);
  else greedy(seats, candidates, pairs, bySeat, allowed, rng);

  const assignments = new Map<number, number>();
  bySeat.forEach((c, i) => {
    if (c) assignments.set(c.appointmentId, seats[i]!.id);
  });
  return { ok: true, assignments, adjacentSameSubject: countSameSubject(pairs, bySeat) };
}

/** Branch and bound over every placement: the true minimum for small sessions. */
function exact(seats: PlanSeat[], cands: PlanCandidate[], pairs: [number, number][], out: (PlanCandidate | null)[], allowed: (c: PlanCandidate, s: PlanSeat) => boolean) {
  let best = Infinity;
  let bestPlacement: (PlanCandidate | null)[] = [];
  const cur: (PlanCandidate | null)[] = seats.map(() => null);
  const place = (k: number) => {
    const cost = countSameSubject(pairs, cur);
    if (cost >= best) return;
    if (k === cands.length) {
      best = cost;
      bestPlacement = [...cur];
      return;
    }
    for (let i = 0; i < seats.length; i++) {
      if (cur[i] || !allowed(cands[k]!, seats[i]!)) continue;
      cur[i] = cands[k]!;
      place(k + 1);
      cur[i] = null;
    }
  };
  place(0);
  bestPlacement.forEach((c, i) => (out[i] = c));
}

function greedy(seats: PlanSeat[], cands: PlanCandidate[], pairs: [number, number][], out: (PlanCandidate | null)[], allowed: (c: PlanCandidate, s: PlanSeat) => boolean, rng: () => number) {
  const neighbours: number[][] = seats.map(() => []);
  for (const [i, j] of pairs) {
    neighbours[i]!.push(j);
    neighbours[j]!.push(i);
  }
  // Wheelchair candidates first, on wheelchair seats.
  const queue = [...cands.filter((c) => c.wheelchair), ...cands.filter((c) => !c.wheelchair)];
  const free = new Set(seats.map((_, i) => i));
  const clash = (c: PlanCandidate, i: number) => neighbours[i]!.reduce((n, j) => n + (out[j]?.subject === c.subject ? 2 : 0) + (c.retake && out[j]?.retake ? 1 : 0), 0);
  // Spread subjects: take the subject with most candidates left that fits the next seat best.
  for (const c of queue.filter((x) => x.wheelchair)) {
    const seat = [...free].filter((i) => seats[i]!.wheelchair).sort((a, b) => clash(c, a) - clash(c, b) || a - b)[0]!;
    out[seat] = c;
    free.delete(seat);
  }
  const rest = queue.filter((x) => !x.wheelchair);
  const bySubject = new Map<string, PlanCandidate[]>();
  for (const c of rest) bySubject.set(c.subject, [...(bySubject.get(c.subject) ?? []), c]);
  for (const i of [...free].sort((a, b) => a - b)) {
    if (bySubject.size === 0) break;
    let pick: PlanCandidate[] | null = null;
    let pickScore = Infinity;
    for (const list of bySubject.values()) {
      const score = clash(list[0]!, i) * 1000 - list.length;
      if (score < pickScore) {
        pickScore = score;
        pick = list;
      }
    }
    const c = pick!.shift()!;
    if (pick!.length === 0) bySubject.delete(c.subject);
    out[i] = c;
    free.delete(i);
  }
  improve(seats, pairs, neighbours, out, allowed, rng);
}

/** Swaps that lower the same-subject count, until none helps (bounded). */
function improve(seats: PlanSeat[], pairs: [number, number][], neighbours: number[][], out: (PlanCandidate | null)[], allowed: (c: PlanCandidate, s: PlanSeat) => boolean, rng: () => number) {
  const local = (i: number) => neighbours[i]!.reduce((n, j) => n + (out[i] && out[j] && out[i]!.subject === out[j]!.subject ? 1 : 0), 0);
  for (let round = 0; round < 4; round++) {
    let better = false;
    const hot = out.map((_, i) => i).filter((i) => local(i) > 0);
    for (const i of hot) {
      if (local(i) === 0) continue;
      const tries = Math.min(out.length, 60);
      for (let t = 0; t < tries; t++) {
        const j = Math.floor(rng() * out.length);
        if (i === j) continue;
        const a = out[i]!;
        const b = out[j] ?? null;
        if ((a && !allowed(a, seats[j]!)) || (b && !allowed(b, seats[i]!))) continue;
        const before = local(i) + local(j);
        out[i] = b;
        out[j] = a;
        if (local(i) + local(j) < before) {
          better = true;
          break;
        }
        out[i] = a;
        out[j] = b;
      }
    }
    if (!better) break;
  }
  void pairs;
}
