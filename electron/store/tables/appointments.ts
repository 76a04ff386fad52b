import type { Generated } from 'kysely';

/* Table types (see migrations/): Appointments (bookings). Instants: ISO UTC text. Money: integer fen. */
export type AppointmentState = 'booked' | 'cancelled' | 'rescheduled' | 'completed' | 'no-show';
export interface AppointmentsTable {
  id: Generated<number>;
  sponsor_id: number;
  booking_id: string;
  admission_code: string;
  candidate_id: number;
  order_id: number;
  subject_id: number;
  part: string;
  session_id: number | null;
  starts_at: string;
  duration_min: number;
  state: Generated<AppointmentState>;
  attempt_no: Generated<number>;
  wheelchair: Generated<number>;
  extra_time_pct: Generated<number>;
  booked_at: string;
}
