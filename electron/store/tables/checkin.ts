import type { Generated } from 'kysely';

/* Table types (see migrations/): Check-ins, the identity-check log and its photos. Instants: ISO UTC text. Money: integer fen. */
export interface CheckInsTable {
  id: Generated<number>;
  appointment_id: number;
  operator_id: number;
  desk: string;
  admitted_at: string;
  override_reason: string | null;
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
