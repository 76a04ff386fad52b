import { describe, expect, test } from 'vitest';
import { verifyAuditLog } from '../../electron/audit/audit-log';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const tempDir = useTempDir();

describe('accounts.setLockMinutes: a manager sets how long a desk may sit idle before it locks', () => {
  test('the new value is what every desk is told (accounts.status), it survives a restart, and the change is audited', async () => {
    const dir = tempDir();
    const d = await openTestDesk(dir);
    const manager = await d.as('manager');
    const proctor = await d.as('proctor');
    expect(await d.registry.invoke('accounts.status', {}, proctor)).toMatchObject({ ok: true, value: { lockMinutes: 5 } });

    expect(await d.registry.invoke('accounts.setLockMinutes', { lockMinutes: 12 }, manager)).toEqual({ ok: true, value: { lockMinutes: 12 } });
    expect(await d.registry.invoke('accounts.status', {}, proctor)).toMatchObject({ ok: true, value: { lockMinutes: 12 } });
    const audit = await d.core.store.db.selectFrom('audit_log').select(['action', 'detail_json']).where('action', '=', 'settings.lockMinutes').execute();
    expect(audit.map((a) => JSON.parse(a.detail_json) as unknown)).toEqual([expect.objectContaining({ lockMinutes: 12 })]);
    expect(await verifyAuditLog(d.core.store.db)).toMatchObject({ ok: true });
    await d.close();

    const reopened = await openTestDesk(dir);
    const anyone = await reopened.as(null); // the sign-in screen asks too, before anyone signs in
    expect(await reopened.registry.invoke('accounts.status', {}, anyone)).toMatchObject({ ok: true, value: { lockMinutes: 12 } });
    await reopened.close();
  });

  test('a proctor may not change it, and values outside 1 to 240 minutes are refused without a change', async () => {
    const d = await openTestDesk(tempDir());
    const manager = await d.as('manager');
    const proctor = await d.as('proctor');
    expect(await d.registry.invoke('accounts.setLockMinutes', { lockMinutes: 30 }, proctor)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    for (const lockMinutes of [0, 241, 2.5, -1]) {
      expect(await d.registry.invoke('accounts.setLockMinutes', { lockMinutes }, manager)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(await d.registry.invoke('accounts.status', {}, manager)).toMatchObject({ ok: true, value: { lockMinutes: 5 } });
    expect(await d.core.store.db.selectFrom('audit_log').select('seq').where('action', '=', 'settings.lockMinutes').execute()).toEqual([]);
    await d.close();
  });
});
