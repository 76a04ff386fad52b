import { describe, expect, test } from 'vitest';
import { verifyAuditLog } from '../../electron/audit/audit-log';
import { signedInOperators } from '../accounts/operators';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const tempDir = useTempDir();

describe('#14.1 an unforkable audit log', () => {
  test('eight audited calls at once from eight signed-in managers leave one unbroken chain with every entry in it', async () => {
    const d = await openTestDesk(tempDir());
    const managers = await signedInOperators(d, 'boss', 'manager', 8);
    const before = await verifyAuditLog(d.core.store.db);
    expect(before).toMatchObject({ ok: true });
    const results = await Promise.all(managers.map((m, i) => d.registry.invoke('accounts.setLockMinutes', { lockMinutes: i + 1 }, m.caller)));
    expect(results.every((r) => r.ok)).toBe(true);
    const entries = await d.core.store.db.selectFrom('audit_log').select(['operator_id', 'prev_hash']).where('action', '=', 'settings.lockMinutes').execute();
    expect(new Set(entries.map((e) => e.operator_id)).size).toBe(8);
    const report = await verifyAuditLog(d.core.store.db);
    expect(report).toMatchObject({ ok: true, length: (before.ok ? before.length : 0) + 8 });
    await d.close();
  });

  test('audited calls of different kinds at once (lock minutes, sign-outs, desk locks) keep the chain whole', async () => {
    const d = await openTestDesk(tempDir());
    const managers = await signedInOperators(d, 'mgr', 'manager', 6);
    const calls = managers.flatMap((m, i) => [d.registry.invoke('accounts.setLockMinutes', { lockMinutes: 10 + i }, m.caller), d.registry.invoke(i % 2 ? 'accounts.lock' : 'accounts.signOut', {}, m.caller)]);
    const results = await Promise.all(calls);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const count = await d.core.store.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(await verifyAuditLog(d.core.store.db)).toMatchObject({ ok: true, length: Number(count.n) });
    expect(Number(count.n)).toBe(12);
    await d.close();
  });
});
