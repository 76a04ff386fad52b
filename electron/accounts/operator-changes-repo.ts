import type { OperatorRole } from '../../shared/accounts/contract';
import type { Operator } from '../store/schema';
import type { Db } from '../store/db';

/** Every account, managers first, then by user name. */
export function allOperators(db: Db): Promise<Operator[]> {
  return db.selectFrom('operators').selectAll().orderBy('role', 'desc').orderBy('username').execute();
}

export function operatorById(db: Db, operatorId: number): Promise<Operator | undefined> {
  return db.selectFrom('operators').selectAll().where('id', '=', operatorId).executeTakeFirst();
}

/** How many active managers there are besides the given account. */
export async function otherActiveManagers(db: Db, operatorId: number): Promise<number> {
  return (await db.selectFrom('operators').select('id').where('role', '=', 'manager').where('disabled', '=', 0).where('id', '!=', operatorId).execute()).length;
}

/** A manager's reset: the new password, and the failed attempts and lock-out cleared. */
export async function resetPassword(db: Db, operatorId: number, passwordHash: string): Promise<void> {
  await db.updateTable('operators').set({ password_hash: passwordHash, failed_attempts: 0, locked_until: null }).where('id', '=', operatorId).execute();
}

/** The operator's own change of password (nothing else on the row changes). */
export async function setPasswordHash(db: Db, operatorId: number, passwordHash: string): Promise<void> {
  await db.updateTable('operators').set({ password_hash: passwordHash }).where('id', '=', operatorId).execute();
}

export async function setRoleAndDisabled(db: Db, operatorId: number, role: OperatorRole, disabled: boolean): Promise<void> {
  await db
    .updateTable('operators')
    .set({ role, disabled: disabled ? 1 : 0 })
    .where('id', '=', operatorId)
    .execute();
}
