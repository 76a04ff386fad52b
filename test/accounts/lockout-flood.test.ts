import { describe, expect, test } from 'vitest';
import { verifyAuditLog } from '../../electron/audit/audit-log';
import { MAX_FAILED_SIGN_INS } from '../../electron/accounts/handlers';
import { MAX_PASSWORD_CHECKS_AT_ONCE, scryptSlots } from '../../electron/accounts/password-gate';
import type { Caller } from '../../electron/core/session';
import type { IpcResult } from '../../shared/ipc/result';
import { OPERATOR_PASSWORD, signedInOperators } from './operators';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const tempDir = useTempDir();

const codes = (rs: IpcResult<unknown>[]) => {
  const n: Record<string, number> = {};
  for (const r of rs) {
    const k = r.ok ? 'ok' : r.error.code;
    n[k] = (n[k] ?? 0) + 1;
  }
  return n;
};

/** Each check is a real 128 MiB scrypt, and one account's checks run one after another (on purpose). */
const FLOOD_TIMEOUT = 300_000;

const client = (id: string): Caller => ({ transport: 'test', clientId: id, desk: 'flood' });

describe('#14.3 the lockout holds under a flood of wrong passwords, and the desk keeps working', () => {
  test(
    '40 wrong sign-ins at once: only the policy’s 5 passwords are checked, the account locks, the right password is then refused with LOCKED_OUT, and another operator signs in meanwhile',
    async () => {
      const d = await openTestDesk(tempDir());
      const [target, other] = await signedInOperators(d, 'prc', 'proctor', 2);
      d.core.sessions.signOut(target!.caller.clientId);
      d.core.sessions.signOut(other!.caller.clientId);
      scryptSlots.resetStats();
      const flood = Array.from({ length: 40 }, (_, i) => d.registry.invoke('accounts.signIn', { username: 'prc1', password: `wrong-${i}` }, client(`flood-${i}`)));
      const colleague = d.registry.invoke('accounts.signIn', { username: 'prc2', password: OPERATOR_PASSWORD }, client('colleague'));
      const [floodResults, colleagueResult] = await Promise.all([Promise.all(flood), colleague]);

      expect(colleagueResult).toMatchObject({ ok: true, value: { username: 'prc2' } });
      expect(codes(floodResults)).toEqual({ BAD_CREDENTIALS: MAX_FAILED_SIGN_INS - 1, LOCKED_OUT: 40 - (MAX_FAILED_SIGN_INS - 1) });
      // Five checks for the flood and one for the colleague; never more than the desk's permits at once.
      expect(scryptSlots.stats().total).toBe(MAX_FAILED_SIGN_INS + 1);
      expect(scryptSlots.stats().peak).toBeLessThanOrEqual(MAX_PASSWORD_CHECKS_AT_ONCE);
      const row = await d.core.store.db.selectFrom('operators').selectAll().where('username', '=', 'prc1').executeTakeFirstOrThrow();
      expect(row.failed_attempts).toBe(MAX_FAILED_SIGN_INS);
      expect(row.locked_until! > d.clock.now().toISOString()).toBe(true);

      const right = await d.registry.invoke('accounts.signIn', { username: 'prc1', password: OPERATOR_PASSWORD }, client('after'));
      expect(right).toMatchObject({ ok: false, error: { code: 'LOCKED_OUT', say: { key: 'accounts.lockedOut', params: { until: expect.stringMatching(/^2026-12-05 08:45$/) } } } });
      expect(await d.registry.invoke('accounts.status', {}, client('after'))).toMatchObject({ ok: true, value: { operator: null } });
      // Every try is in the audit log, and the log is one chain.
      const failed = await d.core.store.db.selectFrom('audit_log').select('detail_json').where('action', '=', 'accounts.signIn.failed').execute();
      expect(failed).toHaveLength(41);
      expect(failed.filter((f) => (JSON.parse(f.detail_json) as { reason: string }).reason.startsWith('bad-password'))).toHaveLength(MAX_FAILED_SIGN_INS);
      expect(await verifyAuditLog(d.core.store.db)).toMatchObject({ ok: true });
      await d.close();
    },
    FLOOD_TIMEOUT,
  );

  test(
    '30 wrong unlocks of a locked desk at once: 5 are checked, the account locks and the session ends; the right password is then refused with LOCKED_OUT',
    async () => {
      const d = await openTestDesk(tempDir());
      const [target] = await signedInOperators(d, 'prc', 'proctor', 1);
      await d.registry.invoke('accounts.lock', {}, target!.caller);
      scryptSlots.resetStats();
      const flood = await Promise.all(Array.from({ length: 30 }, (_, i) => d.registry.invoke('accounts.unlock', { password: `wrong-${i}` }, target!.caller)));
      expect(codes(flood)).toEqual({ BAD_CREDENTIALS: MAX_FAILED_SIGN_INS - 1, LOCKED_OUT: 30 - (MAX_FAILED_SIGN_INS - 1) });
      expect(flood.find((r) => !r.ok && r.error.code === 'LOCKED_OUT')).toMatchObject({ error: { say: { key: 'accounts.lockedOut' } } });
      expect(scryptSlots.stats().total).toBe(MAX_FAILED_SIGN_INS);
      const row = await d.core.store.db.selectFrom('operators').selectAll().where('username', '=', 'prc1').executeTakeFirstOrThrow();
      expect(row.failed_attempts).toBe(MAX_FAILED_SIGN_INS);
      expect(await d.registry.invoke('accounts.status', {}, target!.caller)).toMatchObject({ ok: true, value: { operator: null } });
      expect(await d.registry.invoke('accounts.signIn', { username: 'prc1', password: OPERATOR_PASSWORD }, target!.caller)).toMatchObject({ ok: false, error: { code: 'LOCKED_OUT', say: { key: 'accounts.lockedOut' } } });
      expect(await verifyAuditLog(d.core.store.db)).toMatchObject({ ok: true });
      await d.close();
    },
    FLOOD_TIMEOUT,
  );

  test(
    'sign-ins and unlocks of the same account at once share one count: the lockout comes after 5 checks in all',
    async () => {
      const d = await openTestDesk(tempDir());
      const [target] = await signedInOperators(d, 'prc', 'proctor', 1);
      await d.registry.invoke('accounts.lock', {}, target!.caller);
      scryptSlots.resetStats();
      const mixed = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          i % 2 ? d.registry.invoke('accounts.unlock', { password: `wrong-${i}` }, target!.caller) : d.registry.invoke('accounts.signIn', { username: 'prc1', password: `wrong-${i}` }, client(`c-${i}`)),
        ),
      );
      expect(codes(mixed)).toEqual({ BAD_CREDENTIALS: MAX_FAILED_SIGN_INS - 1, LOCKED_OUT: 30 - (MAX_FAILED_SIGN_INS - 1) });
      expect(scryptSlots.stats().total).toBe(MAX_FAILED_SIGN_INS);
      await d.close();
    },
    FLOOD_TIMEOUT,
  );

  test(
    'when the lockout ends, the count starts again: one more wrong password does not lock the account at once',
    async () => {
      const d = await openTestDesk(tempDir());
      await signedInOperators(d, 'prc', 'proctor', 1);
      // An account whose lockout ended a second ago (as 5 wrong passwords 15 minutes earlier leave it).
      await d.core.store.db
        .updateTable('operators')
        .set({ failed_attempts: MAX_FAILED_SIGN_INS, locked_until: new Date(d.clock.now().getTime() - 1000).toISOString() })
        .where('username', '=', 'prc1')
        .execute();
      expect(await d.registry.invoke('accounts.signIn', { username: 'prc1', password: 'wrong-pass' }, client('x'))).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS' } });
      expect(await d.registry.invoke('accounts.signIn', { username: 'prc1', password: OPERATOR_PASSWORD }, client('x'))).toMatchObject({ ok: true });
      await d.close();
    },
    FLOOD_TIMEOUT,
  );
});
