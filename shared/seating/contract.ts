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
  | { kind: 'empty-seat' };

const reason = z.string().trim().min(3).max(300);

export const seatingContract = {
  'seating.plan': channel<SeatPlanView>()({ request: z.object({ sessionId: idSchema }).strict(), role: 'proctor' }),
  /** Plans the whole session (deterministic for the seed); refused with the missing seat count if it does not fit. */
  'seating.generate': channel<SeatPlanView>()({
    request: z.object({ sessionId: idSchema, seed: z.number().int().min(0).max(2 ** 31 - 1).optional() }).strict(),
    role: 'manager',
  }),
  /** Moves a candidate to a free working seat, or swaps with the candidate sitting there. */
  'seating.move': channel<SeatPlanView>()({
    request: z.object({ sessionId: idSchema, appointmentId: idSchema, seatId: idSchema, reason }).strict(),
    role: 'proctor',
  }),
  /** A workstation fails mid-session: its candidate moves to the nearest free working seat (or BOOK-7). */
  'seating.fault': channel<{ outcome: FaultOutcome; plan: SeatPlanView }>()({
    request: z.object({ sessionId: idSchema, seatId: idSchema, reason }).strict(),
    role: 'proctor',
  }),
};
