import type { accountsContract } from '../../shared/accounts/contract';
import { appendAudit } from '../audit/audit-log';
import { requireOperator, type HandlerContext } from '../core/context';
import type { HandlerMap } from '../core/registry';
import { listOperators, lockMinutes, toRow } from './manage';
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

async function audit(ctx: HandlerContext, operatorId: number, action: string, subjectId: number | string, detail: Record<string, unknown>) {
  await appendAudit(ctx.core.store.db, { at: ctx.now.toISOString(), operatorId, action, subjectType: 'operator', subjectId, detail });
}

/** After this many failed sign-ins in a row, the account is locked for LOCKOUT_MINUTES. */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MINUTES = 15;

export const accountsHandlers: HandlerMap<typeof accountsContract> = {
  'accounts.status': async (_req, ctx) => ({
    needsSetup: (await countOperators(ctx.core.store.db)) === 0,
    operator: ctx.core.sessions.operatorOf(ctx.caller.clientId),
    locked: ctx.core.sessions.isLocked(ctx.caller.clientId),
    lockMinutes: await lockMinutes(ctx.core.store.db),
  }),

  'accounts.setup': async (req, ctx) => {
    const passwordHash = await hashPassword(req.password);
    const at = ctx.now.toISOString();
    const op = await ctx.core.store.db.transaction().execute(async (trx) => {
      if ((await countOperators(trx)) > 0) {
        throw new DomainError('CONFLICT', 'This desk already has operators; ask a manager to add you.', { key: 'accounts.alreadySetUp' });
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

  'accounts.lock': async (_req, ctx) => {
    const op = requireOperator(ctx);
    ctx.core.sessions.lock(ctx.caller.clientId);
    await audit(ctx, op.id, 'accounts.lock', op.id, { desk: ctx.caller.desk });
    return null;
  },

  'accounts.unlock': async (req, ctx) => {
    const current = ctx.core.sessions.operatorOf(ctx.caller.clientId);
    if (!current) throw new DomainError('NOT_SIGNED_IN', 'Sign in first.');
    const db = ctx.core.store.db;
    const op = await db.selectFrom('operators').selectAll().where('id', '=', current.id).executeTakeFirstOrThrow();
    const at = ctx.now.toISOString();
    if (op.disabled || (op.locked_until && op.locked_until > at)) {
      ctx.core.sessions.signOut(ctx.caller.clientId);
      throw new DomainError('LOCKED_OUT', 'This account is locked or disabled; sign in again or ask a manager.');
    }
    if (!(await verifyPassword(req.password, op.password_hash))) {
      const failures = op.failed_attempts + 1;
      const lockedUntil = failures >= MAX_FAILED_SIGN_INS ? new Date(ctx.now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString() : null;
      await db.transaction().execute(async (trx) => {
        await recordFailure(trx, op.id, lockedUntil);
        await appendAudit(trx, { at, operatorId: op.id, action: 'accounts.unlock.failed', subjectType: 'operator', subjectId: op.id, detail: { desk: ctx.caller.desk } });
      });
      if (lockedUntil) ctx.core.sessions.signOut(ctx.caller.clientId);
      throw new DomainError('BAD_CREDENTIALS', 'Wrong password.');
    }
    await clearFailures(db, op.id);
    ctx.core.sessions.unlock(ctx.caller.clientId);
    await audit(ctx, op.id, 'accounts.unlock', op.id, { desk: ctx.caller.desk });
    return toInfo(op);
  },

  'accounts.changePassword': async (req, ctx) => {
    const me = requireOperator(ctx);
    const db = ctx.core.store.db;
    const op = await db.selectFrom('operators').selectAll().where('id', '=', me.id).executeTakeFirstOrThrow();
    if (!(await verifyPassword(req.current, op.password_hash))) throw new DomainError('BAD_CREDENTIALS', 'The current password is wrong.');
    if (req.current === req.next) throw new DomainError('VALIDATION', 'The new password must differ from the current one.', { key: 'accounts.samePassword' });
    await db.updateTable('operators').set({ password_hash: await hashPassword(req.next) }).where('id', '=', me.id).execute();
    await audit(ctx, me.id, 'accounts.changePassword', me.id, {});
    return null;
  },

  'accounts.list': (_req, ctx) => listOperators(ctx.core.store.db),

  'accounts.create': async (req, ctx) => {
    const me = requireOperator(ctx);
    const db = ctx.core.store.db;
    if (await findByUsername(db, req.username)) throw new DomainError('CONFLICT', `The user name "${req.username}" is taken.`, { key: 'accounts.usernameTaken', params: { username: req.username } });
    const op = await insertOperator(db, { username: req.username, displayName: req.displayName, role: req.role, passwordHash: await hashPassword(req.password), at: ctx.now.toISOString() });
    await audit(ctx, me.id, 'accounts.create', op.id, { username: op.username, role: op.role });
    return toRow(op);
  },

  'accounts.resetPassword': async (req, ctx) => {
    const me = requireOperator(ctx);
    const db = ctx.core.store.db;
    const target = await db.selectFrom('operators').selectAll().where('id', '=', req.operatorId).executeTakeFirst();
    if (!target) throw new DomainError('NOT_FOUND', `No operator ${req.operatorId}.`);
    await db.updateTable('operators').set({ password_hash: await hashPassword(req.password), failed_attempts: 0, locked_until: null }).where('id', '=', target.id).execute();
    ctx.core.sessions.signOutOperator(target.id);
    await audit(ctx, me.id, 'accounts.resetPassword', target.id, { username: target.username });
    return toRow(await db.selectFrom('operators').selectAll().where('id', '=', target.id).executeTakeFirstOrThrow());
  },

  'accounts.update': async (req, ctx) => {
    const me = requireOperator(ctx);
    const db = ctx.core.store.db;
    const target = await db.selectFrom('operators').selectAll().where('id', '=', req.operatorId).executeTakeFirst();
    if (!target) throw new DomainError('NOT_FOUND', `No operator ${req.operatorId}.`);
    if (target.id === me.id && (req.disabled || req.role !== 'manager')) throw new DomainError('CONFLICT', 'You cannot disable yourself or take away your own manager role.', { key: 'accounts.notYourself' });
    if (target.role === 'manager' && (req.role !== 'manager' || req.disabled)) {
      const managers = await db.selectFrom('operators').select('id').where('role', '=', 'manager').where('disabled', '=', 0).execute();
      if (managers.length <= 1) throw new DomainError('CONFLICT', 'The desk needs at least one active manager.', { key: 'accounts.lastManager' });
    }
    await db.updateTable('operators').set({ role: req.role, disabled: req.disabled ? 1 : 0 }).where('id', '=', target.id).execute();
    if (req.disabled || req.role !== target.role) ctx.core.sessions.signOutOperator(target.id);
    await audit(ctx, me.id, 'accounts.update', target.id, { username: target.username, role: { from: target.role, to: req.role }, disabled: { from: target.disabled === 1, to: req.disabled } });
    return toRow(await db.selectFrom('operators').selectAll().where('id', '=', target.id).executeTakeFirstOrThrow());
  },

  'accounts.setLockMinutes': async (req, ctx) => {
    const me = requireOperator(ctx);
    const value = String(req.lockMinutes);
    await ctx.core.store.db.insertInto('settings').values({ key: 'desk.lockMinutes', value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute();
    await audit(ctx, me.id, 'settings.lockMinutes', 'desk.lockMinutes', { lockMinutes: req.lockMinutes });
    return { lockMinutes: req.lockMinutes };
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
