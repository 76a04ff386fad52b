import type { accountsContract } from '../../shared/accounts/contract';
import { appendAudit } from '../audit/audit-log';
import type { HandlerMap } from '../core/registry';
import { DomainError } from '../core/errors';
import {
  clearFailures,
  countOperators,
  findByUsername,
  insertOperator,
  recordFailure,
  toInfo,
} from './operators-repo';
import { hashPassword, verifyPassword } from './password';

/** After this many failed sign-ins in a row, the account is locked for LOCKOUT_MINUTES. */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MINUTES = 15;

export const accountsHandlers: HandlerMap<typeof accountsContract> = {
  'accounts.status': async (_req, ctx) => ({
    needsSetup: (await countOperators(ctx.core.store.db)) === 0,
    operator: ctx.core.sessions.operatorOf(ctx.caller.clientId),
  }),

  'accounts.setup': async (req, ctx) => {
    const passwordHash = await hashPassword(req.password);
    const at = ctx.now.toISOString();
    const op = await ctx.core.store.db.transaction().execute(async (trx) => {
      if ((await countOperators(trx)) > 0) {
        throw new DomainError('CONFLICT', 'This desk already has operators; ask a manager to add you.');
      }
      const created = await insertOperator(trx, { ...req, role: 'manager', passwordHash, at });
      await appendAudit(trx, {
        at,
        operatorId: created.id,
        action: 'accounts.setup',
        subjectType: 'operator',
        subjectId: created.id,
        detail: { username: created.username, role: 'manager' },
      });
      return created;
    });
    const info = toInfo(op);
    ctx.core.sessions.signIn(ctx.caller.clientId, info);
    return info;
  },

  'accounts.signIn': async (req, ctx) => {
    const db = ctx.core.store.db;
    const at = ctx.now.toISOString();
    const op = await findByUsername(db, req.username);
    const refuse = async (reason: string, operatorId: number | null, exec: typeof db = db) => {
      await appendAudit(exec, {
        at,
        operatorId,
        action: 'accounts.signIn.failed',
        subjectType: 'operator',
        subjectId: operatorId,
        detail: { username: req.username.toLowerCase(), reason, desk: ctx.caller.desk },
      });
    };
    if (!op || op.disabled) {
      await refuse('unknown-or-disabled', op?.id ?? null);
      throw new DomainError('BAD_CREDENTIALS', 'Wrong user name or password.');
    }
    if (op.locked_until && op.locked_until > at) {
      await refuse('locked', op.id);
      throw new DomainError(
        'LOCKED_OUT',
        `Too many failed sign-ins; this account is locked until ${op.locked_until}. A manager can reset it.`,
      );
    }
    if (!(await verifyPassword(req.password, op.password_hash))) {
      const failures = op.failed_attempts + 1;
      const lockedUntil =
        failures >= MAX_FAILED_SIGN_INS
          ? new Date(ctx.now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString()
          : null;
      await db.transaction().execute(async (trx) => {
        await recordFailure(trx, op.id, lockedUntil);
        await refuse(lockedUntil ? 'bad-password-locked' : 'bad-password', op.id, trx);
      });
      throw new DomainError('BAD_CREDENTIALS', 'Wrong user name or password.');
    }
    await db.transaction().execute(async (trx) => {
      await clearFailures(trx, op.id);
      await appendAudit(trx, {
        at,
        operatorId: op.id,
        action: 'accounts.signIn',
        subjectType: 'operator',
        subjectId: op.id,
        detail: { desk: ctx.caller.desk, transport: ctx.caller.transport },
      });
    });
    const info = toInfo(op);
    ctx.core.sessions.signIn(ctx.caller.clientId, info);
    return info;
  },

  'accounts.signOut': async (_req, ctx) => {
    const op = ctx.core.sessions.operatorOf(ctx.caller.clientId);
    if (op) {
      await appendAudit(ctx.core.store.db, {
        at: ctx.now.toISOString(),
        operatorId: op.id,
        action: 'accounts.signOut',
        subjectType: 'operator',
        subjectId: op.id,
      });
    }
    ctx.core.sessions.signOut(ctx.caller.clientId);
    return null;
  },
};
