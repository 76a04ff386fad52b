import { closeSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MAX_PASSWORD_CHECKS_AT_ONCE, scryptSlots } from '../../electron/accounts/password-gate';
import { manualClock } from '../../electron/core/clock';
import { openDesk } from '../../electron/app/open-desk';
import { backupNow } from '../../electron/exchange/backup/backup-files';
import type { IpcResult } from '../../shared/ipc/result';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const tempDir = useTempDir();
const BACKUP = 'exam-desk-SZ-NS-01-20261205-003000Z.sqlite';

/** A desk with a backup beside it (its manager's password is test-password-1), then damaged. */
async function damagedDesk(): Promise<string> {
  const d = await openTestDesk(tempDir(), new Date('2026-12-05T00:20:00Z'));
  await d.as('manager');
  const path = d.core.store.path;
  await backupNow(d.core.store, join(dirname(path), 'backups'), { centerCode: 'SZ-NS-01', at: new Date('2026-12-05T00:30:00Z'), keep: 5 });
  await d.close();
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(4096, 0xab), 0, 4096, 8192);
  closeSync(fd);
  return path;
}

const codes = (rs: IpcResult<unknown>[]) => {
  const n: Record<string, number> = {};
  for (const r of rs) n[r.ok ? 'ok' : r.error.code] = (n[r.ok ? 'ok' : r.error.code] ?? 0) + 1;
  return n;
};

describe('#14.3 recovery.restore under a flood of wrong passwords', () => {
  test('30 wrong restores at once: 5 passwords are checked, the restore locks with until when, and the right password is then refused with LOCKED_OUT', async () => {
    const path = await damagedDesk();
    const desk = await openDesk(path, { clock: manualClock(new Date('2026-12-05T01:00:00Z')) });
    expect(desk.damaged).toBeTruthy();
    scryptSlots.resetStats();
    const tries = await Promise.all(
      Array.from({ length: 30 }, (_, i) => desk.dispatcher.invoke('recovery.restore', { backup: BACKUP, username: 'manager-test', password: `wrong-${i}` }, { transport: 'test', clientId: `c${i}`, desk: 'd' })),
    );
    expect(codes(tries)).toEqual({ BAD_CREDENTIALS: 4, LOCKED_OUT: 26 });
    expect(scryptSlots.stats().total).toBe(5);
    expect(scryptSlots.stats().peak).toBeLessThanOrEqual(MAX_PASSWORD_CHECKS_AT_ONCE);
    const right = await desk.dispatcher.invoke('recovery.restore', { backup: BACKUP, username: 'manager-test', password: 'test-password-1' }, { transport: 'test', clientId: 'r', desk: 'd' });
    // 01:00Z + 5 minutes, in the backup's center time (Asia/Shanghai).
    expect(right).toMatchObject({ ok: false, error: { code: 'LOCKED_OUT', say: { key: 'recovery.lockedOut', params: { until: '2026-12-05 09:05' } } } });
    expect(desk.core()).toBeNull();
  }, 300_000);
});
