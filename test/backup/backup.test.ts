import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { verifyAuditLog } from '../../electron/audit/audit-log';
import { generateDemo } from '../../electron/demo/demo-day';
import { backupNow, checkDatabaseFile, listBackups, restoreBackup } from '../../electron/exchange/backup/backup-files';
import { openStore } from '../../electron/store/open';
import type { BackupEntry, BackupStatus } from '../../shared/exchange/backup-contract';
import type { IpcResult } from '../../shared/ipc/result';
import { rowCounts } from '../support/row-counts';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const tempDir = useTempDir();
const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
const desk = (args: string[]) => spawnSync(tsx, ['electron/cli/index.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

async function demoDesk() {
  const d = await openTestDesk(tempDir(), new Date('2026-12-05T00:20:00Z'));
  await generateDemo(d.core.store, { date: '2026-12-05', hashKey: d.core.hashKey });
  return d;
}

describe('backups', () => {
  test('backup and restore round trip: row counts and the audit chain come back; the current file is kept aside', async () => {
    const d = await demoDesk();
    const folder = join(tempDir(), 'usb');
    const file = await backupNow(d.core.store, folder, { centerCode: 'SZ-NS-01', at: new Date('2026-12-05T00:30:00Z'), keep: 5 });
    // Counted as the backup holds it (the backup records its own folder, for the purge: #14.6).
    const counts = await rowCounts(d.core);
    expect(file.name).toBe('exam-desk-SZ-NS-01-20261205-003000Z.sqlite');
    expect(existsSync(`${file.path}.key`)).toBe(true);
    // Work goes on after the backup…
    await d.core.store.db.deleteFrom('seat_assignments').execute();
    await d.core.store.db.updateTable('candidates').set({ phone: null }).execute();
    const dbPath = d.core.store.path;
    await d.close();
    // …then the file is lost to a bad disk and the backup is restored from the command line.
    const r = desk(['restore', '--db', dbPath, '--from', file.path]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/the previous file is kept as .*before-restore/);
    const store = await openStore(dbPath);
    expect(await rowCounts({ store } as never)).toEqual(counts);
    expect(await verifyAuditLog(store.db)).toMatchObject({ ok: true });
    await store.close();
  });

  test('a damaged backup is refused before anything is touched', async () => {
    const d = await demoDesk();
    const folder = join(tempDir(), 'usb');
    const file = await backupNow(d.core.store, folder, { centerCode: 'SZ-NS-01', at: new Date(), keep: 5 });
    const dbPath = d.core.store.path;
    await d.close();
    const fd = openSync(file.path, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0xab), 0, 4096, 8192);
    closeSync(fd);
    expect(checkDatabaseFile(file.path)).not.toBe('ok');
    expect(() => restoreBackup(file.path, dbPath, new Date())).toThrow(/failed its integrity check/);
    expect(checkDatabaseFile(dbPath)).toBe('ok');
  });

  test('the folder keeps the newest N backups', async () => {
    const d = await demoDesk();
    const folder = join(tempDir(), 'usb');
    for (let i = 0; i < 5; i++) await backupNow(d.core.store, folder, { centerCode: 'SZ-NS-01', at: new Date(Date.UTC(2026, 11, 5, 1, i)), keep: 3 });
    expect(listBackups(folder).map((b) => b.takenAt)).toEqual(['2026-12-05T01:04:00.000Z', '2026-12-05T01:03:00.000Z', '2026-12-05T01:02:00.000Z']);
    await d.close();
  });

  test('restore refuses while a desk holds the database', async () => {
    const d = await demoDesk();
    const file = await backupNow(d.core.store, join(tempDir(), 'usb'), { centerCode: 'SZ-NS-01', at: new Date(), keep: 3 });
    const r = desk(['restore', '--db', d.core.store.path, '--from', file.path]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/restore: /);
    await d.close();
  });

  test('a manager backs up from the desk to a chosen folder; it is audited; a relative folder is refused', async () => {
    const d = await demoDesk();
    const manager = await d.as('manager');
    const folder = join(tempDir(), 'usb');
    expect(await d.registry.invoke('backup.configure', { folder: 'backups', keep: 5, everyMinutes: 30 }, manager)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const set = (await d.registry.invoke('backup.configure', { folder, keep: 5, everyMinutes: 30 }, manager)) as IpcResult<BackupStatus>;
    expect(set).toMatchObject({ ok: true, value: { folder, keep: 5, backups: [] } });
    const now = (await d.registry.invoke('backup.now', {}, manager)) as IpcResult<BackupEntry>;
    expect(now.ok).toBe(true);
    const status = (await d.registry.invoke('backup.status', {}, manager)) as IpcResult<BackupStatus>;
    expect(status.ok && status.value.backups).toHaveLength(1);
    const audit = await d.core.store.db.selectFrom('audit_log').select('action').where('action', 'in', ['backup.now', 'backup.configure']).execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['backup.configure', 'backup.now']);
    const proctor = await d.as('proctor');
    expect(await d.registry.invoke('backup.now', {}, proctor)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await d.close();
  });
});
