import { describe, expect, test } from 'vitest';
import { generateDemo } from '../../electron/demo/demo-day';
import type { OperatorRow } from '../../shared/accounts/contract';
import type { IpcResult } from '../../shared/ipc/result';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const tempDir = useTempDir();

describe('desk lock (enforced in the main process)', () => {
  test('a locked desk can call nothing but unlock; a wrong password is refused and counted; the right one unlocks', async () => {
    const d = await openTestDesk(tempDir());
    const proctor = await d.as('proctor');
    expect(await d.registry.invoke('checkin.find', { query: 'zw' }, proctor)).toMatchObject({ ok: true });
    expect(await d.registry.invoke('accounts.lock', {}, proctor)).toEqual({ ok: true, value: null });
    expect(await d.registry.invoke('checkin.find', { query: 'zw' }, proctor)).toMatchObject({ ok: false, error: { code: 'DESK_LOCKED' } });
    expect(await d.registry.invoke('accounts.status', {}, proctor)).toMatchObject({ ok: true, value: { locked: true, operator: { role: 'proctor' }, lockMinutes: 5 } });
    expect(await d.registry.invoke('accounts.unlock', { password: 'nope' }, proctor)).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS' } });
    const failed = await d.core.store.db.selectFrom('operators').select('failed_attempts').where('username', '=', 'proctor-test').executeTakeFirstOrThrow();
    expect(failed.failed_attempts).toBe(1);
    expect(await d.registry.invoke('accounts.unlock', { password: 'test-password-1' }, proctor)).toMatchObject({ ok: true });
    expect(await d.registry.invoke('checkin.find', { query: 'zw' }, proctor)).toMatchObject({ ok: true });
    const actions = (await d.core.store.db.selectFrom('audit_log').select('action').execute()).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['accounts.lock', 'accounts.unlock.failed', 'accounts.unlock']));
    await d.close();
  });

  test('five wrong unlock passwords end the session and lock the account', async () => {
    const d = await openTestDesk(tempDir());
    const proctor = await d.as('proctor');
    await d.registry.invoke('accounts.lock', {}, proctor);
    for (let i = 0; i < 5; i++) await d.registry.invoke('accounts.unlock', { password: `wrong-${i}` }, proctor);
    expect(await d.registry.invoke('accounts.status', {}, proctor)).toMatchObject({ ok: true, value: { operator: null } });
    const op = await d.core.store.db.selectFrom('operators').select('locked_until').where('username', '=', 'proctor-test').executeTakeFirstOrThrow();
    expect(op.locked_until).not.toBeNull();
    await d.close();
  });
});

describe('operators and passwords', () => {
  test('a manager adds a proctor, resets a locked-out password, changes a role and disables; a proctor may do none of it', async () => {
    const d = await openTestDesk(tempDir());
    const manager = await d.as('manager');
    const proctor = await d.as('proctor');
    const created = (await d.registry.invoke('accounts.create', { username: 'zhao', displayName: '赵监考', role: 'proctor', password: 'first-pass-1' }, manager)) as IpcResult<OperatorRow>;
    expect(created).toMatchObject({ ok: true, value: { username: 'zhao', role: 'proctor', disabled: false } });
    const id = created.ok ? created.value.id : 0;
    expect(await d.registry.invoke('accounts.create', { username: 'zhao', displayName: 'x', role: 'proctor', password: 'first-pass-1' }, manager)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // Locked out by wrong passwords, then reset by the manager.
    const zhao = { transport: 'test' as const, clientId: 'zhao-desk', desk: 'desk-2' };
    for (let i = 0; i < 5; i++) await d.registry.invoke('accounts.signIn', { username: 'zhao', password: `bad-${i}` }, zhao);
    expect(await d.registry.invoke('accounts.signIn', { username: 'zhao', password: 'first-pass-1' }, zhao)).toMatchObject({ ok: false, error: { code: 'LOCKED_OUT' } });
    expect(await d.registry.invoke('accounts.resetPassword', { operatorId: id, password: 'second-pass-2' }, manager)).toMatchObject({ ok: true, value: { lockedUntil: null, failedAttempts: 0 } });
    expect(await d.registry.invoke('accounts.signIn', { username: 'zhao', password: 'second-pass-2' }, zhao)).toMatchObject({ ok: true });
    // Their own password change needs the current one.
    expect(await d.registry.invoke('accounts.changePassword', { current: 'wrong', next: 'third-pass-3' }, zhao)).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS' } });
    expect(await d.registry.invoke('accounts.changePassword', { current: 'second-pass-2', next: 'third-pass-3' }, zhao)).toMatchObject({ ok: true });
    // Disabling ends their session at once.
    expect(await d.registry.invoke('accounts.update', { operatorId: id, role: 'proctor', disabled: true }, manager)).toMatchObject({ ok: true, value: { disabled: true } });
    expect(await d.registry.invoke('checkin.find', { query: 'x' }, zhao)).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    expect(await d.registry.invoke('accounts.signIn', { username: 'zhao', password: 'third-pass-3' }, zhao)).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS' } });
    for (const [name, payload] of [
      ['accounts.create', { username: 'qian', displayName: 'q', role: 'manager', password: 'qqqqqqqq1' }],
      ['accounts.resetPassword', { operatorId: id, password: 'x-pass-123' }],
      ['accounts.update', { operatorId: id, role: 'manager', disabled: false }],
      ['accounts.list', {}],
    ] as const) {
      expect(await d.registry.invoke(name, payload, proctor), name).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const actions = (await d.core.store.db.selectFrom('audit_log').select('action').execute()).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['accounts.create', 'accounts.resetPassword', 'accounts.changePassword', 'accounts.update']));
    await d.close();
  });

  test('the last active manager cannot be disabled or demoted, and nobody can disable themself', async () => {
    const d = await openTestDesk(tempDir());
    const manager = await d.as('manager');
    const me = await d.core.store.db.selectFrom('operators').select('id').where('username', '=', 'manager-test').executeTakeFirstOrThrow();
    expect(await d.registry.invoke('accounts.update', { operatorId: me.id, role: 'manager', disabled: true }, manager)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await d.close();
  });
});

describe('audit screen and reveal', () => {
  test('a manager reveals one document number with a reason; the reveal is in the audit log and the list filters find it by candidate', async () => {
    const d = await openTestDesk(tempDir(), new Date('2026-12-05T00:20:00Z'));
    await generateDemo(d.core.store, { date: '2026-12-05', hashKey: d.core.hashKey });
    const manager = await d.as('manager');
    const proctor = await d.as('proctor');
    const a = await d.core.store.db
      .selectFrom('appointments as a')
      .innerJoin('candidates as c', 'c.id', 'a.candidate_id')
      .select(['a.id', 'c.id_number', 'c.name', 'a.booking_id'])
      .orderBy('a.id')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(await d.registry.invoke('audit.revealDocument', { appointmentId: a.id, reason: 'sponsor asked to confirm' }, proctor)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await d.registry.invoke('audit.revealDocument', { appointmentId: a.id, reason: 'x' }, manager)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await d.registry.invoke('audit.revealDocument', { appointmentId: a.id, reason: 'sponsor asked to confirm' }, manager)).toEqual({ ok: true, value: { documentNumber: a.id_number, purged: false } });
    const list = await d.registry.invoke('audit.list', { candidate: a.name, action: 'candidate.revealDocument' }, manager);
    expect(list).toMatchObject({ ok: true, value: { entries: [{ action: 'candidate.revealDocument', operator: 'manager', candidate: `${a.name} (${a.booking_id})` }] } });
    // The log holds the reason, never the number.
    expect(JSON.stringify(list)).not.toContain(a.id_number!);
    await d.close();
  });
});
