import type { accountsContract } from '../../shared/accounts/contract';
import { appendAudit } from '../audit/audit-log';
import { requireOperator } from '../core/context';
import type { HandlerMap } from '../core/registry';
import { DomainError } from '../core/errors';
import { lockMinutes, manageHandlers } from './manage';
import { countOperators, findByUsername, insertOperator, toInfo } from './operators-repo';
import { hashPassword, verifyPassword } from './password';
import { auditRefusal, checkPassword, isLocked, lockedOut, oneCheckAtATime, readOperator } from './password-checks';
import { setPasswordHash } from './operator-changes-repo';

export { LOCKOUT_MINUTES, MAX_FAILED_SIGN_INS } from './password-checks';

type SignInChannels = Omit<typeof accountsContract, keyof typeof manageHandlers>;

const signInHandlers: HandlerMap<SignInChannels> = {
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

  /**
   * One check at a time per account (#14.3): the row is read, the lockout looked at, the password
   * checked and the failure counted under the account's queue, so the next try sees the count.
   */
  'accounts.signIn': async (req, ctx) => {
    const db = ctx.core.store.db;
    const at = ctx.now.toISOString();
    const username = req.username.toLowerCase();
    const refuse = (reason: string, operatorId: number | null) => auditRefusal(ctx, 'accounts.signIn.failed', operatorId, { username, reason, desk: ctx.caller.desk });
    const found = await findByUsername(db, req.username);
    if (!found || found.disabled) {
      await refuse('unknown-or-disabled', found?.id ?? null);
      throw new DomainError('BAD_CREDENTIALS', 'Wrong user name or password.');
    }
    const op = await oneCheckAtATime(ctx, found.id, async () => {
      const row = await readOperator(db, found.id);
      if (row.disabled) {
        await refuse('unknown-or-disabled', row.id);
        throw new DomainError('BAD_CREDENTIALS', 'Wrong user name or password.');
      }
      if (isLocked(row, at)) {
        await refuse('locked', row.id);
        throw await lockedOut(db, row.locked_until!);
      }
      const outcome = await checkPassword(ctx, row, req.password, (trx, o) =>
        o.ok
          ? appendAudit(trx, { at, operatorId: row.id, action: 'accounts.signIn', subjectType: 'operator', subjectId: row.id, detail: { desk: ctx.caller.desk, transport: ctx.caller.transport } }).then(() => undefined)
          : appendAudit(trx, {
              at,
              operatorId: row.id,
              action: 'accounts.signIn.failed',
              subjectType: 'operator',
              subjectId: row.id,
              detail: { username, reason: o.locking ? 'bad-password-locked' : 'bad-password', desk: ctx.caller.desk },
            }).then(() => undefined),
      );
      if (outcome.ok) return outcome.op;
      // The try that locks the account already answers with the lockout (#18.4).
      if (outcome.lockedUntil) throw await lockedOut(db, outcome.lockedUntil);
      throw new DomainError('BAD_CREDENTIALS', 'Wrong user name or password.');
    });
    const info = toInfo(op);
    ctx.core.sessions.signIn(ctx.caller.clientId, info);
    return info;
  },

  'accounts.lock': async (_req, ctx) => {
    const op = requireOperator(ctx);
    ctx.core.sessions.lock(ctx.caller.clientId);
    await ctx.core.store.db
      .transaction()
      .execute((trx) => appendAudit(trx, { at: ctx.now.toISOString(), operatorId: op.id, action: 'accounts.lock', subjectType: 'operator', subjectId: op.id, detail: { desk: ctx.caller.desk } }));
    return null;
  },

  /** The locked desk's password; its failures count toward the same lockout as sign-in's (#14.3). */
  'accounts.unlock': async (req, ctx) => {
    const current = ctx.core.sessions.operatorOf(ctx.caller.clientId);
    if (!current) throw new DomainError('NOT_SIGNED_IN', 'Sign in first.');
    const db = ctx.core.store.db;
    const at = ctx.now.toISOString();
    return oneCheckAtATime(ctx, current.id, async () => {
      const row = await readOperator(db, current.id);
      if (row.disabled) {
        ctx.core.sessions.signOut(ctx.caller.clientId);
        throw new DomainError('LOCKED_OUT', 'This account is disabled; ask a manager.', { key: 'accounts.disabled' });
      }
      if (isLocked(row, at)) {
        ctx.core.sessions.signOut(ctx.caller.clientId);
        throw await lockedOut(db, row.locked_until!);
      }
      const outcome = await checkPassword(ctx, row, req.password, (trx, o) =>
        appendAudit(trx, { at, operatorId: row.id, action: o.ok ? 'accounts.unlock' : 'accounts.unlock.failed', subjectType: 'operator', subjectId: row.id, detail: { desk: ctx.caller.desk } }).then(() => undefined),
      );
      if (!outcome.ok) {
        if (outcome.lockedUntil) {
          ctx.core.sessions.signOut(ctx.caller.clientId);
          throw await lockedOut(db, outcome.lockedUntil);
        }
        throw new DomainError('BAD_CREDENTIALS', 'Wrong password.');
      }
      ctx.core.sessions.unlock(ctx.caller.clientId);
      return toInfo(outcome.op);
    });
  },

  'accounts.changePassword': async (req, ctx) => {
    const me = requireOperator(ctx);
    const db = ctx.core.store.db;
    if (req.current === req.next) throw new DomainError('VALIDATION', 'The new password must differ from the current one.', { key: 'accounts.samePassword' });
    await oneCheckAtATime(ctx, me.id, async () => {
      const op = await readOperator(db, me.id);
      if (!(await verifyPassword(req.current, op.password_hash))) throw new DomainError('BAD_CREDENTIALS', 'The current password is wrong.');
      const next = await hashPassword(req.next);
      await db.transaction().execute(async (trx) => {
        await setPasswordHash(trx, me.id, next);
        await appendAudit(trx, { at: ctx.now.toISOString(), operatorId: me.id, action: 'accounts.changePassword', subjectType: 'operator', subjectId: me.id, detail: {} });
      });
    });
    return null;
  },

  'accounts.signOut': async (_req, ctx) => {
    const op = ctx.core.sessions.operatorOf(ctx.caller.clientId);
    if (op) {
      await ctx.core.store.db.transaction().execute((trx) => appendAudit(trx, { at: ctx.now.toISOString(), operatorId: op.id, action: 'accounts.signOut', subjectType: 'operator', subjectId: op.id }));
    }
    ctx.core.sessions.signOut(ctx.caller.clientId);
    return null;
  },
};

export const accountsHandlers: HandlerMap<typeof accountsContract> = { ...signInHandlers, ...manageHandlers };
