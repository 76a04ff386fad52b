import type { Transaction } from 'kysely';
import type { OperatorInfo, OperatorRole } from '../../shared/accounts/contract';
import type { DB, Operator } from '../store/schema';
import type { Db } from '../store/db';

export function toInfo(op: Operator): OperatorInfo {
  return { id: op.id, username: op.username, displayName: op.display_name, role: op.role };
}

export async function countOperators(db: Db): Promise<number> {
  const row = await db
    .selectFrom('operators')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findByUsername(db: Db, username: string): Promise<Operator | undefined> {
  return db.selectFrom('operators').selectAll().where('username', '=', username.toLowerCase()).executeTakeFirst();
}

export async function insertOperator(db: Db, op: { username: string; displayName: string; role: OperatorRole; passwordHash: string; at: string }): Promise<Operator> {
  return db
    .insertInto('operators')
    .values({
      username: op.username.toLowerCase(),
      display_name: op.displayName,
      role: op.role,
      password_hash: op.passwordHash,
      created_at: op.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Stores the failure count and lockout decided inside the check's transaction (#14.3). */
export async function recordFailure(trx: Transaction<DB>, id: number, failures: number, lockedUntil: string | null): Promise<void> {
  await trx.updateTable('operators').set({ failed_attempts: failures, locked_until: lockedUntil }).where('id', '=', id).execute();
}

export async function clearFailures(db: Db, id: number): Promise<void> {
  await db.updateTable('operators').set({ failed_attempts: 0, locked_until: null }).where('id', '=', id).execute();
}

export async function readOperator(db: Db, id: number): Promise<Operator> {
  return db.selectFrom('operators').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}
