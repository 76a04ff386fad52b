import { hashPassword } from '../../electron/accounts/password';
import { insertOperator, toInfo } from '../../electron/accounts/operators-repo';
import type { Caller } from '../../electron/core/session';
import type { OperatorInfo, OperatorRole } from '../../shared/accounts/contract';
import type { TestDesk } from '../support/test-core';

let cached: { password: string; hash: string } | null = null;

/** Operators `<prefix>1..n` with the password `pass-word-1`, each signed in on a caller of their own. */
export async function signedInOperators(d: TestDesk, prefix: string, role: OperatorRole, n: number): Promise<{ op: OperatorInfo; caller: Caller }[]> {
  cached ??= { password: 'pass-word-1', hash: await hashPassword('pass-word-1') };
  const out: { op: OperatorInfo; caller: Caller }[] = [];
  for (let i = 1; i <= n; i++) {
    const op = toInfo(await insertOperator(d.core.store.db, { username: `${prefix}${i}`, displayName: `${prefix} ${i}`, role, passwordHash: cached.hash, at: d.clock.now().toISOString() }));
    const caller: Caller = { transport: 'test', clientId: `${prefix}-client-${i}`, desk: `desk-${i}` };
    d.core.sessions.signIn(caller.clientId, op);
    out.push({ op, caller });
  }
  return out;
}

export const OPERATOR_PASSWORD = 'pass-word-1';
