import type { Generated } from 'kysely';

/* Table types (see migrations/): Operators. Instants: ISO UTC text. Money: integer fen. */
export interface OperatorsTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  role: 'proctor' | 'manager';
  password_hash: string;
  failed_attempts: Generated<number>;
  locked_until: string | null;
  disabled: Generated<number>;
  created_at: string;
}
