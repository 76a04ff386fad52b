import type { Generated } from 'kysely';

/* Table types (see migrations/): Incident reports. Instants: ISO UTC text. Money: integer fen. */
export interface IncidentsTable {
  id: Generated<number>;
  session_id: number;
  appointment_id: number | null;
  kind: 'late-arrival' | 'misconduct' | 'technical-fault' | 'illness' | 'other';
  occurred_at: string;
  text: string;
  recorded_by: number;
  recorded_at: string;
  desk: string;
  closed_by: number | null;
  closed_at: string | null;
  resolution: string | null;
}
