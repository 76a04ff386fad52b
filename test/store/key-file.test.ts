import { copyFileSync, existsSync, renameSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { backupCommand } from '../../electron/cli/backup-command';
import { checkCommand } from '../../electron/cli/check-command';
import { manualClock } from '../../electron/core/clock';
import { openDesk } from '../../electron/app/open-desk';
import { generateDemo } from '../../electron/demo/demo-day';
import { backupNow } from '../../electron/exchange/backup/backup-files';
import { openStore, StoreOpenError } from '../../electron/store/open';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const tempDir = useTempDir();

/** Runs `desk check --db PATH` in this process and returns its exit code and what it printed. */
async function deskCheck(dbPath: string): Promise<{ status: number; stdout: string }> {
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')));
  try {
    const status = await checkCommand.run({ positional: [], options: { db: dbPath } });
    return { status, stdout: lines.join('\n') };
  } finally {
    log.mockRestore();
  }
}

/** A demo day with one backup in "backups" beside the database; the desk is closed again. */
async function closedDeskWithBackup() {
  const d = await openTestDesk(tempDir(), new Date('2026-12-05T00:20:00Z'));
  await generateDemo(d.core.store, { date: '2026-12-05', hashKey: d.core.hashKey });
  const dbPath = d.core.store.path;
  const backup = await backupNow(d.core.store, join(tempDir(), 'usb'), { centerCode: 'SZ-NS-01', at: new Date('2026-12-05T00:30:00Z'), keep: 5 });
  await d.close();
  return { dbPath, backup };
}

async function openError(dbPath: string): Promise<StoreOpenError> {
  const e = await openStore(dbPath).then(
    async (s) => {
      await s.close();
      return null;
    },
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(StoreOpenError);
  return e as StoreOpenError;
}

describe('#14.10 the hash key file', () => {
  test('a new, empty database creates its key (0600) and keeps its fingerprint', async () => {
    const store = await openStore(join(tempDir(), 'new.sqlite'));
    expect(existsSync(`${store.path}.key`)).toBe(true);
    const fp = await store.db.selectFrom('settings').select('value').where('key', '=', 'hash_key.fingerprint').executeTakeFirst();
    expect(fp?.value).toMatch(/^[0-9a-f]{64}$/);
    await store.close();
    // It opens again with the same key.
    await (await openStore(store.path)).close();
  });

  test('a database that holds hashed document numbers does not open without its key; the message names the key beside the newest backup', async () => {
    const { dbPath, backup } = await closedDeskWithBackup();
    renameSync(`${dbPath}.key`, join(tempDir(), 'elsewhere.key'));
    const e = await openError(dbPath);
    expect(e.code).toBe('KEY_MISSING');
    expect(e.message).toContain(`The key file ${dbPath}.key is missing`);
    expect(e.message).toContain(`${backup.path}.key`);
    // No new key was made behind the manager's back.
    expect(existsSync(`${dbPath}.key`)).toBe(false);
    // The door (browser mode and the desktop window share openDesk) refuses with the same words.
    await expect(openDesk(dbPath, { clock: manualClock(new Date()) })).rejects.toMatchObject({ code: 'KEY_MISSING' });
    // The CLI says so too: `desk check` reports it, other commands refuse.
    const check = await deskCheck(dbPath);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('BROKEN  hash key: The key file');
    await expect(backupCommand.run({ positional: [], options: { db: dbPath } })).rejects.toMatchObject({ code: 'KEY_MISSING', message: expect.stringContaining(`${backup.path}.key`) });
    expect(existsSync(`${dbPath}.key`)).toBe(false);
    // The way back works: the key beside the backup is the database's key.
    copyFileSync(`${backup.path}.key`, `${dbPath}.key`);
    const store = await openStore(dbPath);
    expect(store.problems).toEqual([]);
    await store.close();
    expect((await deskCheck(dbPath)).status).toBe(0);
  });

  test('a wrong key file (another desk’s) is refused as KEY_WRONG', async () => {
    const { dbPath } = await closedDeskWithBackup();
    writeFileSync(`${dbPath}.key`, randomBytes(32).toString('base64'), { mode: 0o600 });
    const e = await openError(dbPath);
    expect(e.code).toBe('KEY_WRONG');
    expect(e.message).toContain('is not the key of the database');
  });
});
