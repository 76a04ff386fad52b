import { describe, expect, test } from 'vitest';
import { verifyAuditLog } from '../../electron/audit/audit-log';
import { LOCKOUT_MINUTES, MAX_FAILED_SIGN_INS } from '../../electron/accounts/handlers';
import { hashPassword, verifyPassword } from '../../electron/accounts/password';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const tempDir = useTempDir();

describe('accounts', () => {
  test('passwords are stored as salted scrypt with OWASP parameters and verify only with the right password', async () => {
    const stored = await hashPassword('correct horse');
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(stored).not.toContain('correct horse');
    expect(await verifyPassword('correct horse', stored)).toBe(true);
    expect(await verifyPassword('correct horsf', stored)).toBe(false);
    expect(await hashPassword('correct horse')).not.toBe(stored);
  });

  test('the first start creates the first manager and signs them in; a second setup is refused', async () => {
    const desk = await openTestDesk(tempDir());
    const caller = await desk.as(null);
    expect(await desk.registry.invoke('accounts.status', {}, caller)).toEqual({
      ok: true,
      value: { needsSetup: true, operator: null, locked: false, lockMinutes: 5 },
    });
    const r = await desk.registry.invoke('accounts.setup', { username: 'Wang', displayName: '王经理', password: 'long-enough-1' }, caller);
    expect(r).toMatchObject({ ok: true, value: { username: 'wang', role: 'manager' } });
    expect(await desk.registry.invoke('today.overview', {}, caller)).toMatchObject({ ok: true });
    const again = await desk.registry.invoke('accounts.setup', { username: 'li', displayName: 'Li', password: 'long-enough-2' }, await desk.as(null));
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await desk.close();
  });

  test(`after ${MAX_FAILED_SIGN_INS} wrong passwords the account is locked, even for the right password, until the lockout ends`, async () => {
    const desk = await openTestDesk(tempDir());
    const setup = await desk.as(null);
    await desk.registry.invoke('accounts.setup', { username: 'mgr', displayName: 'M', password: 'right-password' }, setup);
    const caller = await desk.as(null);
    for (let i = 1; i < MAX_FAILED_SIGN_INS; i++) {
      const r = await desk.registry.invoke('accounts.signIn', { username: 'mgr', password: 'wrong' }, caller);
      expect(r).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS' } });
    }
    // #18.4: the try that locks the account already says so.
    const fifth = await desk.registry.invoke('accounts.signIn', { username: 'mgr', password: 'wrong' }, caller);
    expect(fifth).toMatchObject({ ok: false, error: { code: 'LOCKED_OUT', say: { key: 'accounts.lockedOut' } } });
    const locked = await desk.registry.invoke('accounts.signIn', { username: 'mgr', password: 'right-password' }, caller);
    expect(locked).toMatchObject({ ok: false, error: { code: 'LOCKED_OUT' } });
    desk.clock.advance(LOCKOUT_MINUTES * 60_000 + 1000);
    const ok = await desk.registry.invoke('accounts.signIn', { username: 'mgr', password: 'right-password' }, caller);
    expect(ok).toMatchObject({ ok: true, value: { username: 'mgr' } });
    const failures = await desk.core.store.db.selectFrom('audit_log').select('action').where('action', '=', 'accounts.signIn.failed').execute();
    expect(failures).toHaveLength(MAX_FAILED_SIGN_INS + 1);
    expect(await verifyAuditLog(desk.core.store.db)).toMatchObject({ ok: true });
    await desk.close();
  });

  test('signing out ends the session: the next call needs a sign-in', async () => {
    const desk = await openTestDesk(tempDir());
    const caller = await desk.as('proctor');
    expect(await desk.registry.invoke('today.overview', {}, caller)).toMatchObject({ ok: true });
    await desk.registry.invoke('accounts.signOut', {}, caller);
    expect(await desk.registry.invoke('today.overview', {}, caller)).toMatchObject({
      ok: false,
      error: { code: 'NOT_SIGNED_IN' },
    });
    await desk.close();
  });
});
