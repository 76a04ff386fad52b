import type { Generated } from 'kysely';

/* Table types (see migrations/): Rooms, seats, exam sessions, seat plans, assignments and workstation faults. Instants: ISO UTC text. Money: integer fen. */
export interface RoomsTable {
  id: Generated<number>;
  center_id: number;
  code: string;
  name: string;
  rows: number;
  cols: number;
  proctor_row: number | null;
  proctor_col: number | null;
}
export interface SeatsTable {
  id: Generated<number>;
  room_id: number;
  label: string;
  row: number;
  col: number;
  status: Generated<'ok' | 'out-of-service'>;
  wheelchair: Generated<number>;
}
export interface ExamSessionsTable {
  id: Generated<number>;
  room_id: number;
  local_date: string;
  starts_at: string;
  duration_min: number;
  closed_at: string | null;
}
export interface SeatAssignmentsTable {
  id: Generated<number>;
  session_id: number;
  appointment_id: number;
  seat_id: number;
  seed: number | null;
  reason: string | null;
  assigned_at: string;
}
export interface SeatPlansTable {
  session_id: number;
  seed: number;
  adjacent_same_subject: number;
  generated_at: string;
  generated_by: number;
}
export interface SeatFaultsTable {
  id: Generated<number>;
  session_id: number;
  seat_id: number;
  reason: string;
  at: string;
  operator_id: number;
}
