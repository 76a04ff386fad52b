import type { Kysely } from 'kysely';
import type { OperatorRow } from '../../shared/accounts/contract';
import type { DB, Operator } from '../store/schema';

export const DEFAULT_LOCK_MINUTES = 5;

export function toRow(op: Operator): OperatorRow {
  return {
    id: op.id,
    username: op.username,
    displayName: op.display_name,
    role: op.role,
    disabled: op.disabled === 1,
    lockedUntil: op.locked_until,
    failedAttempts: op.failed_attempts,
    createdAt: op.created_at,
  };
}

export async function listOperators(db: Kysely<DB>): Promise<OperatorRow[]> {
  return (await db.selectFrom('operators').selectAll().orderBy('role', 'desc').orderBy('username').execute()).map(toRow);
}

export async function lockMinutes(db: Kysely<DB>): Promise<number> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', 'desk.lockMinutes').executeTakeFirst();
  const n = Number(row?.value ?? DEFAULT_LOCK_MINUTES);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_LOCK_MINUTES;
}
