import { z } from 'zod';
import { channel } from '../ipc/channel';
import { idSchema } from '../ipc/schemas';

export interface SeatView {
  id: number;
  label: string;
  row: number;
  col: number;
  status: 'ok' | 'out-of-service' | 'failed';
  wheelchair: boolean;
  appointmentId: number | null;
}

export interface SeatedCandidate {
  appointmentId: number;
  candidateName: string;
  pinyin: string | null;
  documentMasked: string;
  subjectCode: string;
  retake: boolean;
  wheelchair: boolean;
  seatId: number | null;
  seatLabel: string | null;
  state: string;
}

export interface SeatPlanView {
  sessionId: number;
  startLocal: string;
  room: { code: string; name: string; rows: number; cols: number; proctorRow: number | null; proctorCol: number | null };
  seats: SeatView[];
  candidates: SeatedCandidate[];
  plan: { seed: number; adjacentSameSubject: number; generatedAt: string } | null;
}

export type FaultOutcome =
  | { kind: 'moved'; appointmentId: number; fromLabel: string; toLabel: string }
  | { kind: 'rebooked'; appointmentId: number; newAppointmentId: number; newStartLocal: string; ruleId: 'BOOK-7' }
  | { kind: 'no-seat'; appointmentId: number; ruleId: 'BOOK-7' }
  | { kind: 'empty-seat' }
  /**
   * #18.6: no suitable seat was taken without asking. The candidate is unseated; the screen offers
   * the free regular seats (a wheelchair candidate may accept one explicitly) and, only as an
   * explicit choice, a BOOK-7 rebooking (`seating.rebook`).
   */
  | { kind: 'choose'; appointmentId: number; fromLabel: string; freeSeats: { id: number; label: string; wheelchair: boolean }[]; ruleId: 'BOOK-7' };

const reason = z.string().trim().min(3).max(300);

export const seatingContract = {
  'seating.plan': channel<SeatPlanView>()({ request: z.object({ sessionId: idSchema }).strict(), role: 'proctor' }),
  /** Plans the whole session (deterministic for the seed); refused with the missing seat count if it does not fit. */
  'seating.generate': channel<SeatPlanView>()({
    request: z
      .object({
        sessionId: idSchema,
        seed: z
          .number()
          .int()
          .min(0)
          .max(2 ** 31 - 1)
          .optional(),
      })
      .strict(),
    role: 'manager',
  }),
  /**
   * Moves a candidate (seated, or unseated by a fault) to a free working seat, or swaps with the
   * candidate sitting there. A move onto the candidate's own seat changes nothing and succeeds
   * (#14.9). `acceptRegularSeat` is the explicit choice to seat a wheelchair candidate on a regular seat.
   */
  'seating.move': channel<SeatPlanView>()({
    request: z.object({ sessionId: idSchema, appointmentId: idSchema, seatId: idSchema, reason, acceptRegularSeat: z.literal(true).optional() }).strict(),
    role: 'proctor',
  }),
  /** BOOK-7 as an explicit choice: an unseated candidate of the session is rebooked free to the first later session with room. */
  'seating.rebook': channel<{ outcome: FaultOutcome; plan: SeatPlanView }>()({
    request: z.object({ sessionId: idSchema, appointmentId: idSchema, reason }).strict(),
    role: 'proctor',
  }),
  /** A workstation fails mid-session: its candidate moves to the nearest suitable free seat, or the screen is asked to choose. */
  'seating.fault': channel<{ outcome: FaultOutcome; plan: SeatPlanView }>()({
    request: z.object({ sessionId: idSchema, seatId: idSchema, reason }).strict(),
    role: 'proctor',
  }),
};
