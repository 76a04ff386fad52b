import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateDemo } from '../../electron/demo/demo-day';
import { backupNow, restoreBackup } from '../../electron/exchange/backup/backup-files';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const tempDir = useTempDir();
const mode = (path: string) => statSync(path).mode & 0o777;

describe.skipIf(process.platform === 'win32')('#14.11 personal data is readable by its owner only (0600)', () => {
  test('the database, its WAL, the hash key and the heads file are created 0600 whatever the umask allows', async () => {
    const d = await openTestDesk(tempDir(), new Date('2026-12-05T00:20:00Z'));
    await generateDemo(d.core.store, { date: '2026-12-05', hashKey: d.core.hashKey });
    const db = d.core.store.path;
    expect(process.umask() & 0o044).toBe(0); // the default umask would have made them 0644
    expect(existsSync(`${db}-wal`)).toBe(true);
    for (const f of [db, `${db}-wal`, `${db}.key`, `${db}.heads`]) expect([f, mode(f)]).toEqual([f, 0o600]);
    if (existsSync(`${db}-shm`)) expect(mode(`${db}-shm`)).toBe(0o600);
    await d.close();
  });

  test('a backup, the key copied beside it, and a restored database and key are 0600', async () => {
    const d = await openTestDesk(tempDir(), new Date('2026-12-05T00:20:00Z'));
    await generateDemo(d.core.store, { date: '2026-12-05', hashKey: d.core.hashKey });
    const file = await backupNow(d.core.store, join(tempDir(), 'usb'), { centerCode: 'SZ-NS-01', at: new Date('2026-12-05T00:30:00Z'), keep: 5 });
    expect(mode(file.path)).toBe(0o600);
    expect(mode(`${file.path}.key`)).toBe(0o600);
    await d.close();
    const target = join(tempDir(), 'restored', 'desk.sqlite');
    restoreBackup(file.path, target, new Date('2026-12-05T01:00:00Z'));
    expect(mode(target)).toBe(0o600);
    expect(mode(`${target}.key`)).toBe(0o600);
  });
});
