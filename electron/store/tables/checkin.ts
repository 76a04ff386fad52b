import type { Generated } from 'kysely';

/* Table types (see migrations/): Check-ins, the identity-check log and its photos. Instants: ISO UTC text. Money: integer fen. */
export interface CheckInsTable {
  id: Generated<number>;
  appointment_id: number;
  /** The operator who admitted here; null for an admission mirrored from another desk of the center (#19). */
  operator_id: number | null;
  /** The desk that admitted (this desk, or for a mirrored row the other desk's name at the center). */
  desk: string;
  admitted_at: string;
  override_reason: string | null;
  /** Mirrored rows only: the other desk's operator as the center holds it. */
  operator_name: string | null;
  /** Mirrored rows only: the center's nonce of that admission. */
  center_nonce: string | null;
  /** Mirrored rows only: when this desk learnt the admission from the center. */
  mirrored_at: string | null;
}
export interface IdChecksTable {
  id: Generated<number>;
  appointment_id: number;
  operator_id: number;
  desk: string;
  checked_at: string;
  kind: 'identity' | 'admission' | 'refusal' | 'absent' | 'correction';
  doc_type: string | null;
  doc_masked: string | null;
  doc_hash: string | null;
  checks_json: string;
  outcome: string;
  rule_ids: string;
  override_reason: string | null;
  corrects_id: number | null;
  prev_hash: string;
  hash: string;
}
export interface PhotosTable {
  id: Generated<number>;
  candidate_id: number;
  id_check_id: number | null;
  taken_at: string;
  mime: string;
  sha256: string;
  bytes: Uint8Array;
}
