import { planSeats } from '../../../electron/seating/planner/plan';
import type { PlanCandidate, PlanSeat } from '../../../electron/seating/planner/types';
import { measure } from '../measure';
import type { Measure } from './index';

/** Seat plans for 1,000 candidates in 40 rooms of 6 x 6 seats (25 candidates a room, 4 subjects). */
export const seatPlanMeasure: Measure = {
  name: 'seat plan',
  async run() {
    const seats: PlanSeat[] = [];
    for (let r = 1; r <= 6; r++) for (let c = 1; c <= 6; c++) seats.push({ id: r * 10 + c, row: r, col: c, wheelchair: r === 1 && c <= 2 });
    const rooms = Array.from({ length: 40 }, (_, room) =>
      Array.from({ length: 25 }, (_, i): PlanCandidate => ({ appointmentId: room * 100 + i + 1, subject: `S${(i * 7 + room) % 4}`, wheelchair: i === 3 && room % 5 === 0, retake: i % 9 === 0 })),
    );
    return [
      await measure(
        'seatPlan.1000candidates40rooms',
        (k) => {
          for (const [room, candidates] of rooms.entries()) {
            const r = planSeats({ seats, candidates, seed: k * 1000 + room });
            if (!r.ok) throw new Error('bench room does not fit');
          }
        },
        { runs: 20, targetMs: 200 },
      ),
    ];
  },
};
