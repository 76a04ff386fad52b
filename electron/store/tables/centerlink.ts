import type { Generated } from 'kysely';

/* Table types (see migrations/): the desk's side of the center link (#19). Instants: ISO UTC text. */

/** What this desk admitted while the center was unreachable, replayed in seq order with the same nonce. */
export interface CenterOutboxTable {
  seq: Generated<number>;
  nonce: string;
  admission_code: string;
  /** JSON of the claim (everything but the center's receipt time). */
  payload_json: string;
  created_at: string;
  sent_at: string | null;
  /** The center's answer when it was taken: 'admitted' | 'conflict' (JSON). */
  answer: string | null;
}

/** The copy of the center's leases: which desk may admit a session's candidates offline. */
export interface CenterLeaseCopyTable {
  session_key: string;
  desk: string;
  copied_at: string;
}

/** One row (id 1): the center's audit seq up to which this desk has mirrored the other desks' admissions. */
export interface CenterMirrorCursorTable {
  id: number;
  audit_seq: number;
  synced_at: string;
}
