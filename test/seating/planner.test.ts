import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { countSameSubject, neighbourPairs } from '../../electron/seating/planner/adjacency';
import { planSeats } from '../../electron/seating/planner/plan';
import type { PlanCandidate, PlanSeat } from '../../electron/seating/planner/types';

const room = (rows: number, cols: number, holes: boolean[], wheel: boolean[]): PlanSeat[] => {
  const seats: PlanSeat[] = [];
  for (let r = 1; r <= rows; r++)
    for (let c = 1; c <= cols; c++) {
      const k = (r - 1) * cols + (c - 1);
      if (!holes[k % holes.length]) seats.push({ id: 100 + k, row: r, col: c, wheelchair: wheel[k % wheel.length] ?? false });
    }
  return seats;
};

const arbCase = (maxRows: number, maxCols: number) =>
  fc
    .record({
      rows: fc.integer({ min: 1, max: maxRows }),
      cols: fc.integer({ min: 1, max: maxCols }),
      holes: fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }).map((h) => h.map((x, i) => x && i % 3 === 0)),
      wheel: fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
      subjects: fc.array(fc.constantFrom('A', 'B', 'C', 'D'), { maxLength: 60 }),
      wheelchairEvery: fc.integer({ min: 0, max: 9 }),
      seed: fc.integer(),
    })
    .map((x) => {
      const seats = room(x.rows, x.cols, x.holes, x.wheel);
      const candidates: PlanCandidate[] = x.subjects.map((s, i) => ({
        appointmentId: i + 1,
        subject: s,
        wheelchair: x.wheelchairEvery > 0 && i % (x.wheelchairEvery * 4) === 1,
        retake: i % 5 === 0,
      }));
      return { seats, candidates, seed: x.seed };
    });

describe('seat planner (issue #5)', () => {
  test('no seat is used twice, every candidate gets one seat when capacity suffices, wheelchair candidates sit on wheelchair seats', () => {
    fc.assert(
      fc.property(arbCase(8, 9), ({ seats, candidates, seed }) => {
        const r = planSeats({ seats, candidates, seed });
        const fits = candidates.length <= seats.length && candidates.filter((c) => c.wheelchair).length <= seats.filter((s) => s.wheelchair).length;
        expect(r.ok).toBe(fits);
        if (!r.ok) {
          expect(r.missingSeats + r.missingWheelchairSeats).toBeGreaterThan(0);
          return;
        }
        const used = [...r.assignments.values()];
        expect(new Set(used).size).toBe(used.length);
        expect(r.assignments.size).toBe(candidates.length);
        const byId = new Map(seats.map((s) => [s.id, s]));
        for (const c of candidates) {
          const seat = byId.get(r.assignments.get(c.appointmentId)!);
          expect(seat).toBeDefined();
          if (c.wheelchair) expect(seat!.wheelchair).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('failed or out-of-service seats are never used (they are not offered to the planner)', () => {
    fc.assert(
      fc.property(arbCase(6, 6), fc.array(fc.nat(), { maxLength: 5 }), ({ seats, candidates, seed }, failed) => {
        const failedIds = new Set(failed.map((f) => seats[f % Math.max(1, seats.length)]?.id));
        const working = seats.filter((s) => !failedIds.has(s.id));
        const r = planSeats({ seats: working, candidates, seed });
        if (r.ok) for (const id of r.assignments.values()) expect(failedIds.has(id)).toBe(false);
      }),
    );
  });

  test('the same seed gives the same plan, so a reprint matches', () => {
    fc.assert(
      fc.property(arbCase(7, 7), ({ seats, candidates, seed }) => {
        const a = planSeats({ seats, candidates, seed });
        const b = planSeats({ seats: [...seats].reverse(), candidates: [...candidates].reverse(), seed });
        expect(a.ok && [...a.assignments.entries()].sort()).toEqual(b.ok && [...b.assignments.entries()].sort());
      }),
    );
  });

  test('the same-subject neighbour count is the minimum on small sessions (checked by brute force)', () => {
    const brute = (seats: PlanSeat[], candidates: PlanCandidate[]): number => {
      const pairs = neighbourPairs(seats);
      let best = Infinity;
      const cur: (PlanCandidate | null)[] = seats.map(() => null);
      const go = (k: number) => {
        if (k === candidates.length) return void (best = Math.min(best, countSameSubject(pairs, cur)));
        for (let i = 0; i < seats.length; i++) {
          if (cur[i] || (candidates[k]!.wheelchair && !seats[i]!.wheelchair)) continue;
          cur[i] = candidates[k]!;
          go(k + 1);
          cur[i] = null;
        }
      };
      go(0);
      return best;
    };
    fc.assert(
      fc.property(
        arbCase(3, 3).filter((x) => x.candidates.length <= Math.min(6, x.seats.length)),
        ({ seats, candidates, seed }) => {
          const r = planSeats({ seats, candidates, seed });
          if (!r.ok) return;
          expect(r.adjacentSameSubject).toBe(
            brute(
              [...seats].sort((a, b) => a.row - b.row || a.col - b.col),
              candidates,
            ),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  test('a room where one subject can always be kept apart gets no same-subject neighbours', () => {
    const seats = room(5, 6, [false], [false]);
    const candidates = Array.from({ length: 30 }, (_, i) => ({ appointmentId: i + 1, subject: i % 2 ? 'A' : 'B', wheelchair: false, retake: false }));
    const r = planSeats({ seats, candidates, seed: 42 });
    expect(r.ok && r.adjacentSameSubject).toBe(0);
  });

  test('a session that does not fit says how many seats are missing and makes no plan', () => {
    const seats = room(2, 2, [false], [false]);
    const candidates = Array.from({ length: 6 }, (_, i) => ({ appointmentId: i + 1, subject: 'A', wheelchair: i === 0, retake: false }));
    expect(planSeats({ seats, candidates, seed: 1 })).toEqual({ ok: false, missingSeats: 2, missingWheelchairSeats: 1 });
  });
});
