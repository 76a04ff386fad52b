import { closeSync, existsSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { verifyAuditLog } from '../../electron/audit/audit-log';
import { manualClock } from '../../electron/core/clock';
import { openDesk } from '../../electron/app/open-desk';
import { generateDemo } from '../../electron/demo/demo-day';
import { backupNow } from '../../electron/exchange/backup/backup-files';
import { openStore, StoreOpenError } from '../../electron/store/open';
import type { AccountsStatus } from '../../shared/accounts/contract';
import type { IpcResult } from '../../shared/ipc/result';
import type { RecoveryStatus, RestoreOutcome } from '../../shared/recovery/contract';
import { rowCounts } from '../support/row-counts';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const tempDir = useTempDir();
const caller = { transport: 'test' as const, clientId: 'recovery-1', desk: 'desk-1' };

/** Overwrites 4 KiB in the middle of a file, as a failing disk would. */
function damage(path: string, at = 8192): void {
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(4096, 0xab), 0, 4096, at);
  closeSync(fd);
}

/** A demo desk with a backup in `backups/` beside it (the manager's password is test-password-1). */
async function deskWithBackup() {
  const d = await openTestDesk(tempDir(), new Date('2026-12-05T00:20:00Z'));
  await generateDemo(d.core.store, { date: '2026-12-05', hashKey: d.core.hashKey });
  await d.as('manager');
  await d.as('proctor');
  const path = d.core.store.path;
  await backupNow(d.core.store, join(dirname(path), 'backups'), { centerCode: 'SZ-NS-01', at: new Date('2026-12-05T00:30:00Z'), keep: 5 });
  // Counted as the backup holds it (a backup records its own folder, for the purge: #14.6).
  const counts = await rowCounts(d.core);
  // Work after the backup, then the file is damaged.
  await d.core.store.db.deleteFrom('seat_assignments').execute();
  await d.close();
  damage(path);
  return { path, counts };
}

describe('#8 start-up check and recovery from a damaged database', () => {
  test('bytes overwritten in the middle of the database file are detected at open, and the file is not opened', async () => {
    const { path } = await deskWithBackup();
    await expect(openStore(path)).rejects.toSatisfy((e: unknown) => e instanceof StoreOpenError && e.code === 'STORE_DAMAGED');
  });

  test('a damaged desk offers the newest good backup with its center-local time; every other call answers STORE_DAMAGED', async () => {
    const { path } = await deskWithBackup();
    const desk = await openDesk(path, { clock: manualClock(new Date('2026-12-05T01:00:00Z')) });
    expect(desk.damaged).toMatch(/failed its integrity check/);
    expect(desk.core()).toBeNull();
    expect(await desk.dispatcher.invoke('accounts.status', {}, caller)).toMatchObject({ ok: false, error: { code: 'STORE_DAMAGED' } });
    expect(await desk.dispatcher.invoke('checkin.find', { query: 'x' }, caller)).toMatchObject({ ok: false, error: { code: 'STORE_DAMAGED' } });
    const status = (await desk.dispatcher.invoke('recovery.status', {}, caller)) as IpcResult<RecoveryStatus>;
    expect(status).toMatchObject({
      ok: true,
      value: { damaged: true, database: path, backup: { name: 'exam-desk-SZ-NS-01-20261205-003000Z.sqlite', takenLocal: '2026-12-05 08:30', timeZone: 'Asia/Shanghai' } },
    });
  });

  test('only a manager of the backup restores it: a proctor or a wrong password is refused and nothing is touched', async () => {
    const { path } = await deskWithBackup();
    const desk = await openDesk(path, { clock: manualClock(new Date('2026-12-05T01:00:00Z')) });
    const backup = 'exam-desk-SZ-NS-01-20261205-003000Z.sqlite';
    expect(await desk.dispatcher.invoke('recovery.restore', { backup, username: 'proctor-test', password: 'test-password-1' }, caller)).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS' } });
    expect(await desk.dispatcher.invoke('recovery.restore', { backup, username: 'manager-test', password: 'wrong-password' }, caller)).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS' } });
    expect(await desk.dispatcher.invoke('recovery.restore', { backup: 'other.sqlite', username: 'manager-test', password: 'test-password-1' }, caller)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await desk.dispatcher.invoke('recovery.restore', { backup }, caller)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await expect(openStore(path)).rejects.toBeInstanceOf(StoreOpenError);
    // Five wrong passwords lock the restore for a while.
    for (let i = 0; i < 3; i++) await desk.dispatcher.invoke('recovery.restore', { backup, username: 'manager-test', password: 'wrong-password' }, caller);
    expect(await desk.dispatcher.invoke('recovery.restore', { backup, username: 'manager-test', password: 'test-password-1' }, caller)).toMatchObject({ ok: false, error: { code: 'LOCKED_OUT' } });
  });

  test('a manager restores the backup from the desk: the damaged file is kept aside, the desk carries on with the backup, and the restore is audited', async () => {
    const { path, counts } = await deskWithBackup();
    const desk = await openDesk(path, { clock: manualClock(new Date('2026-12-05T01:00:00Z')) });
    const r = (await desk.dispatcher.invoke('recovery.restore', { backup: 'exam-desk-SZ-NS-01-20261205-003000Z.sqlite', username: 'manager-test', password: 'test-password-1' }, caller)) as IpcResult<RestoreOutcome>;
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.takenLocal).toBe('2026-12-05 08:30');
    expect(r.value.keptAside && existsSync(r.value.keptAside)).toBe(true);
    // The same door now answers from the restored store.
    const status = (await desk.dispatcher.invoke('accounts.status', {}, caller)) as IpcResult<AccountsStatus>;
    expect(status).toMatchObject({ ok: true, value: { operator: null } });
    expect(await desk.dispatcher.invoke('recovery.status', {}, caller)).toMatchObject({ ok: true, value: { damaged: false } });
    const core = desk.core()!;
    expect({ ...(await rowCounts(core)), audit_log: 0 }).toEqual({ ...counts, audit_log: 0 });
    const entry = await core.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'store.restore').executeTakeFirstOrThrow();
    expect(entry.subject_id).toBe('exam-desk-SZ-NS-01-20261205-003000Z.sqlite');
    expect(await verifyAuditLog(core.store.db)).toMatchObject({ ok: true });
    await core.store.close();
  });

  test('with no good backup the desk says where it looked and touches nothing', async () => {
    const d = await openTestDesk(tempDir());
    await generateDemo(d.core.store, { date: '2026-12-05', hashKey: d.core.hashKey });
    const path = d.core.store.path;
    await d.close();
    damage(path);
    const desk = await openDesk(path, { clock: manualClock(new Date('2026-12-05T01:00:00Z')) });
    expect(await desk.dispatcher.invoke('recovery.status', {}, caller)).toMatchObject({ ok: true, value: { damaged: true, backup: null, folder: join(dirname(path), 'backups') } });
  });
});
