import { z } from 'zod';
import { channel } from '../ipc/channel';

export const operatorRoleSchema = z.enum(['proctor', 'manager']);
export type OperatorRole = z.infer<typeof operatorRoleSchema>;

export interface OperatorInfo {
  id: number;
  username: string;
  displayName: string;
  role: OperatorRole;
}

const username = z
  .string()
  .trim()
  .min(2, 'at least 2 characters')
  .max(40)
  .regex(/^[a-z0-9._-]+$/i, 'letters, digits, dot, dash or underscore');
const password = z.string().min(8, 'at least 8 characters').max(200);

/** An operator as the manager's list shows them. */
export interface OperatorRow extends OperatorInfo {
  disabled: boolean;
  lockedUntil: string | null;
  failedAttempts: number;
  createdAt: string;
}

export interface AccountsStatus {
  needsSetup: boolean;
  operator: OperatorInfo | null;
  /** The desk is locked: only unlock, sign-out or another sign-in are possible. */
  locked: boolean;
  /** Minutes without input before the desk locks itself. */
  lockMinutes: number;
}

export const accountsContract = {
  'accounts.status': channel<AccountsStatus>()({
    request: z.object({}).strict(),
    role: 'public',
  }),
  /** First start: creates the first manager; refused once any operator exists. */
  'accounts.setup': channel<OperatorInfo>()({
    request: z.object({ username, displayName: z.string().trim().min(1).max(60), password }).strict(),
    role: 'public',
  }),
  'accounts.signIn': channel<OperatorInfo>()({
    request: z.object({ username, password: z.string().min(1).max(200) }).strict(),
    role: 'public',
  }),
  'accounts.signOut': channel<null>()({ request: z.object({}).strict(), role: 'public' }),
  /** Locks this desk (idle timeout or Ctrl+L); the operator stays signed in. */
  'accounts.lock': channel<null>()({ request: z.object({}).strict(), role: 'proctor' }),
  /** Unlocks with the signed-in operator's password; failures count toward the lockout. */
  'accounts.unlock': channel<OperatorInfo>()({ request: z.object({ password: z.string().min(1).max(200) }).strict(), role: 'public' }),
  /** Any operator changes their own password (the current one is required). Audited. */
  'accounts.changePassword': channel<null>()({
    request: z.object({ current: z.string().min(1).max(200), next: password }).strict(),
    role: 'proctor',
  }),
  /** Managers: every operator with role, state and lockout. */
  'accounts.list': channel<OperatorRow[]>()({ request: z.object({}).strict(), role: 'manager' }),
  /** Managers add an operator. Audited. */
  'accounts.create': channel<OperatorRow>()({
    request: z.object({ username, displayName: z.string().trim().min(1).max(60), role: operatorRoleSchema, password }).strict(),
    role: 'manager',
  }),
  /** Managers set a new password for an operator (and lift a lockout). Audited. */
  'accounts.resetPassword': channel<OperatorRow>()({
    request: z.object({ operatorId: z.number().int().positive(), password }).strict(),
    role: 'manager',
  }),
  /** Managers change an operator's role or disable them (their sessions end). Audited. */
  'accounts.update': channel<OperatorRow>()({
    request: z.object({ operatorId: z.number().int().positive(), role: operatorRoleSchema, disabled: z.boolean() }).strict(),
    role: 'manager',
  }),
  /** Managers: minutes of no input before a desk locks itself. Audited. */
  'accounts.setLockMinutes': channel<{ lockMinutes: number }>()({
    request: z.object({ lockMinutes: z.number().int().min(1).max(240) }).strict(),
    role: 'manager',
  }),
};
