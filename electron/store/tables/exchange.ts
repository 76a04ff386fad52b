import type { Generated } from 'kysely';

/* Table types (see migrations/): The outbox of exports for sponsors. Instants: ISO UTC text. Money: integer fen. */
export interface OutboxTable {
  id: Generated<number>;
  kind: string;
  local_date: string;
  format: string;
  file_name: string;
  rows: number;
  sha256: string;
  created_at: string;
  created_by: number | null;
  sent_at: string | null;
  sent_by: number | null;
}
