import { describe, expect, test } from 'vitest';
import { verifyAuditLog } from '../../electron/audit/audit-log';
import { signedInOperators } from './operators';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const tempDir = useTempDir();

const activeManagers = (d: Awaited<ReturnType<typeof openTestDesk>>) => d.core.store.db.selectFrom('operators').select('username').where('role', '=', 'manager').where('disabled', '=', 0).execute();

describe('#14.2 one active manager always remains', () => {
  test('two managers demoting each other at the same moment: exactly one succeeds and one manager remains', async () => {
    const d = await openTestDesk(tempDir());
    const [a, b] = await signedInOperators(d, 'mgr', 'manager', 2);
    const results = await Promise.all([
      d.registry.invoke('accounts.update', { operatorId: b!.op.id, role: 'proctor', disabled: false }, a!.caller),
      d.registry.invoke('accounts.update', { operatorId: a!.op.id, role: 'proctor', disabled: false }, b!.caller),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toMatchObject([{ ok: false, error: { code: expect.stringMatching(/^(CONFLICT|FORBIDDEN)$/) } }]);
    expect(await activeManagers(d)).toHaveLength(1);
    expect(await d.core.store.db.selectFrom('audit_log').select('seq').where('action', '=', 'accounts.update').execute()).toHaveLength(1);
    expect(await verifyAuditLog(d.core.store.db)).toMatchObject({ ok: true });
    await d.close();
  });

  test('two managers disabling each other at the same moment: exactly one succeeds and one manager remains', async () => {
    const d = await openTestDesk(tempDir());
    const [a, b] = await signedInOperators(d, 'mgr', 'manager', 2);
    const results = await Promise.all([
      d.registry.invoke('accounts.update', { operatorId: b!.op.id, role: 'manager', disabled: true }, a!.caller),
      d.registry.invoke('accounts.update', { operatorId: a!.op.id, role: 'manager', disabled: true }, b!.caller),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await activeManagers(d)).toHaveLength(1);
    await d.close();
  });

  test('with three managers, two demoting each other at once: the second is refused, as its caller is no longer a manager', async () => {
    const d = await openTestDesk(tempDir());
    const [a, b] = await signedInOperators(d, 'mgr', 'manager', 3);
    const results = await Promise.all([
      d.registry.invoke('accounts.update', { operatorId: b!.op.id, role: 'proctor', disabled: false }, a!.caller),
      d.registry.invoke('accounts.update', { operatorId: a!.op.id, role: 'proctor', disabled: false }, b!.caller),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await activeManagers(d)).toHaveLength(2);
    await d.close();
  });
});
