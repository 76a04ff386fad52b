import type { Kysely, Transaction } from 'kysely';
import type { accountsContract, OperatorRow } from '../../shared/accounts/contract';
import { appendAudit } from '../audit/audit-log';
import { requireOperator, type HandlerContext } from '../core/context';
import { DomainError } from '../core/errors';
import type { HandlerMap } from '../core/registry';
import type { DB, Operator } from '../store/schema';
import { readSetting, writeSetting } from '../store/settings-repo';
import { allOperators, operatorById, otherActiveManagers, resetPassword, setRoleAndDisabled } from './operator-changes-repo';
import { findByUsername, insertOperator } from './operators-repo';
import { hashPassword } from './password';

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
  return (await allOperators(db)).map(toRow);
}

export async function lockMinutes(db: Kysely<DB>): Promise<number> {
  const n = Number((await readSetting(db, 'desk.lockMinutes')) ?? DEFAULT_LOCK_MINUTES);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_LOCK_MINUTES;
}

async function audit(trx: Transaction<DB>, ctx: HandlerContext, e: { operatorId: number; action: string; subjectId: number | string; detail: Record<string, unknown> }) {
  await appendAudit(trx, { at: ctx.now.toISOString(), subjectType: 'operator', ...e });
}

async function targetOf(trx: Transaction<DB>, operatorId: number): Promise<Operator> {
  const target = await operatorById(trx, operatorId);
  if (!target) throw new DomainError('NOT_FOUND', `No operator ${operatorId}.`);
  return target;
}

type ManageChannels = Pick<typeof accountsContract, 'accounts.list' | 'accounts.create' | 'accounts.resetPassword' | 'accounts.update' | 'accounts.setLockMinutes'>;

/** What managers do to accounts; each change and its audit entry share one transaction (#14.1). */
export const manageHandlers: HandlerMap<ManageChannels> = {
  'accounts.list': (_req, ctx) => listOperators(ctx.core.store.db),

  'accounts.create': async (req, ctx) => {
    const me = requireOperator(ctx);
    const passwordHash = await hashPassword(req.password);
    const op = await ctx.core.store.db.transaction().execute(async (trx) => {
      if (await findByUsername(trx, req.username)) throw new DomainError('CONFLICT', `The user name "${req.username}" is taken.`, { key: 'accounts.usernameTaken', params: { username: req.username } });
      const created = await insertOperator(trx, { username: req.username, displayName: req.displayName, role: req.role, passwordHash, at: ctx.now.toISOString() });
      await audit(trx, ctx, { operatorId: me.id, action: 'accounts.create', subjectId: created.id, detail: { username: created.username, role: created.role } });
      return created;
    });
    return toRow(op);
  },

  'accounts.resetPassword': async (req, ctx) => {
    const me = requireOperator(ctx);
    const passwordHash = await hashPassword(req.password);
    const row = await ctx.core.store.db.transaction().execute(async (trx) => {
      const target = await targetOf(trx, req.operatorId);
      await resetPassword(trx, target.id, passwordHash);
      await audit(trx, ctx, { operatorId: me.id, action: 'accounts.resetPassword', subjectId: target.id, detail: { username: target.username } });
      return targetOf(trx, target.id);
    });
    ctx.core.sessions.signOutOperator(row.id);
    return toRow(row);
  },

  /**
   * Role and disabled flag. "At least one active manager remains" and "the caller is still an
   * active manager" are read inside the transaction that changes the row (#14.2): two managers
   * demoting or disabling each other at once cannot both succeed.
   */
  'accounts.update': async (req, ctx) => {
    const me = requireOperator(ctx);
    if (req.operatorId === me.id && (req.disabled || req.role !== 'manager')) throw new DomainError('CONFLICT', 'You cannot disable yourself or take away your own manager role.', { key: 'accounts.notYourself' });
    const { target, row } = await ctx.core.store.db.transaction().execute(async (trx) => {
      const target = await targetOf(trx, req.operatorId);
      const caller = await targetOf(trx, me.id);
      if (caller.role !== 'manager' || caller.disabled) throw new DomainError('FORBIDDEN', 'You are no longer an active manager.');
      if (target.role === 'manager' && !target.disabled && (req.role !== 'manager' || req.disabled)) {
        if ((await otherActiveManagers(trx, target.id)) === 0) throw new DomainError('CONFLICT', 'The desk needs at least one active manager.', { key: 'accounts.lastManager' });
      }
      await setRoleAndDisabled(trx, target.id, req.role, req.disabled);
      await audit(trx, ctx, {
        operatorId: me.id,
        action: 'accounts.update',
        subjectId: target.id,
        detail: { username: target.username, role: { from: target.role, to: req.role }, disabled: { from: target.disabled === 1, to: req.disabled } },
      });
      return { target, row: await targetOf(trx, target.id) };
    });
    if (req.disabled || req.role !== target.role) ctx.core.sessions.signOutOperator(target.id);
    return toRow(row);
  },

  'accounts.setLockMinutes': async (req, ctx) => {
    const me = requireOperator(ctx);
    const value = String(req.lockMinutes);
    await ctx.core.store.db.transaction().execute(async (trx) => {
      await writeSetting(trx, 'desk.lockMinutes', value);
      await audit(trx, ctx, { operatorId: me.id, action: 'settings.lockMinutes', subjectId: 'desk.lockMinutes', detail: { lockMinutes: req.lockMinutes } });
    });
    return { lockMinutes: req.lockMinutes };
  },
};
