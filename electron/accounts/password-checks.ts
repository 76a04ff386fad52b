import type { Kysely, Transaction } from 'kysely';
import { appendAudit } from '../audit/audit-log';
import type { HandlerContext } from '../core/context';
import { DomainError } from '../core/errors';
import type { DB, Operator } from '../store/schema';
import { localDateTime } from '../today/local-time';
import { recordFailure, clearFailures, readOperator } from './operators-repo';
import { accountQueue } from './password-gate';
import { verifyPassword } from './password';
import { centerZone } from '../store/center-zone';

/** After this many wrong passwords in a row, the account is locked for LOCKOUT_MINUTES. */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MINUTES = 15;

/** The account's queue: sign-in, unlock and password change check one password at a time (#14.3). */
export function oneCheckAtATime<T>(ctx: HandlerContext, operatorId: number, work: () => Promise<T>): Promise<T> {
  return accountQueue(ctx.core.store).run(`operator:${operatorId}`, work);
}

export function isLocked(op: Pick<Operator, 'locked_until'>, at: string): boolean {
  return op.locked_until !== null && op.locked_until > at;
}

/** The operator's row (operators-repo.ts), here for the handlers that check passwords. */
export { readOperator };

/** LOCKED_OUT, saying until when (center time) and that a manager can reset the account (#18.4). */
export async function lockedOut(db: Kysely<DB>, lockedUntil: string): Promise<DomainError> {
  const until = localDateTime(lockedUntil, await centerZone(db));
  return new DomainError('LOCKED_OUT', `Too many wrong passwords: this account is locked until ${until} (center time). A manager can reset its password to unlock it now.`, {
    key: 'accounts.lockedOut',
    params: { until },
  });
}

export type CheckOutcome = { ok: true; op: Operator } | { ok: false; lockedUntil: string | null };

/**
 * Counts one password check of `checked` (read before the check, under the account's queue) in
 * one transaction: the row is read again inside it, a failure is counted and the lockout decided
 * there, before anything is answered; a success clears the count. `audit` writes the entry of
 * either outcome in the same transaction. A password changed while the check ran counts as wrong.
 */
export async function countCheck(ctx: HandlerContext, checked: Operator, good: boolean, audit: (trx: Transaction<DB>, outcome: { ok: boolean; locking: boolean }) => Promise<void>): Promise<CheckOutcome> {
  const at = ctx.now.toISOString();
  return ctx.core.store.db.transaction().execute(async (trx): Promise<CheckOutcome> => {
    const now = await readOperator(trx, checked.id);
    if (good && now.password_hash === checked.password_hash && !now.disabled && !isLocked(now, at)) {
      await clearFailures(trx, now.id);
      await audit(trx, { ok: true, locking: false });
      return { ok: true, op: now };
    }
    // A lockout that has ended starts the count again.
    const before = now.locked_until !== null && now.locked_until <= at ? 0 : now.failed_attempts;
    const failures = before + 1;
    const lockedUntil = isLocked(now, at) ? now.locked_until : failures >= MAX_FAILED_SIGN_INS ? new Date(ctx.now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString() : null;
    await recordFailure(trx, now.id, failures, lockedUntil);
    await audit(trx, { ok: false, locking: lockedUntil !== null });
    return { ok: false, lockedUntil };
  });
}

/** Checks a password of an account that is neither disabled nor locked (its row read under the queue). */
export async function checkPassword(ctx: HandlerContext, op: Operator, password: string, audit: (trx: Transaction<DB>, outcome: { ok: boolean; locking: boolean }) => Promise<void>): Promise<CheckOutcome> {
  const good = await verifyPassword(password, op.password_hash);
  return countCheck(ctx, op, good, audit);
}

/** Records a refused attempt (unknown, disabled or locked account) with its audit entry. */
export async function auditRefusal(ctx: HandlerContext, action: string, operatorId: number | null, detail: Record<string, unknown>): Promise<void> {
  await ctx.core.store.db.transaction().execute((trx) => appendAudit(trx, { at: ctx.now.toISOString(), operatorId, action, subjectType: 'operator', subjectId: operatorId, detail }));
}
