import type { Generated } from 'kysely';

/* Table types (see migrations/): The audit log. Instants: ISO UTC text. Money: integer fen. */
export interface AuditLogTable {
  seq: Generated<number>;
  at: string;
  operator_id: number | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  detail_json: string;
  prev_hash: string;
  hash: string;
}
