import type { Generated } from 'kysely';

/* Table types (see migrations/): Scores, their resolutions, results and certificates. Instants: ISO UTC text. Money: integer fen. */
export interface ScoresTable {
  id: Generated<number>;
  appointment_id: number;
  part: string;
  entry_no: 1 | 2;
  operator_id: number;
  value: number | null;
  absent: Generated<number>;
  entered_at: string;
}
export interface ScoreResolutionsTable {
  id: Generated<number>;
  appointment_id: number;
  part: string;
  value: number | null;
  absent: Generated<number>;
  reason: string;
  operator_id: number;
  resolved_at: string;
}
export type ResultState = 'held' | 'released' | 'cancelled' | 'superseded';
export interface ResultsTable {
  id: Generated<number>;
  appointment_id: number;
  part: string;
  value: number | null;
  absent: Generated<number>;
  max_score: number;
  pass_score: number;
  passed: number;
  state: ResultState;
  release_date: string;
  released_at: string | null;
  released_by: number | null;
  corrects_id: number | null;
  reason: string | null;
  created_at: string;
  created_by: number;
}
export interface CertificatesTable {
  id: Generated<number>;
  candidate_id: number;
  subject_id: number;
  released_at: string;
  valid_until: string;
}
