import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { checkCommand } from '../../electron/cli/check-command';
import { manualClock } from '../../electron/core/clock';
import { openDesk } from '../../electron/app/open-desk';
import { backupNow } from '../../electron/exchange/backup/backup-files';
import { openStore, StoreOpenError } from '../../electron/store/open';
import type { RecordIdCheckResult } from '../../shared/checkin/types';
import { addCandidate, cnId, openCheckinDesk, passingCheck, type CheckinDesk } from '../checkin/support';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
let desk: CheckinDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

/**
 * A desk killed with its newest admissions only in the WAL, and that WAL lost: the database file
 * is copied (with its key and heads file, as they lie on disk) while the desk still runs, after
 * 5 identity checks and admissions were acknowledged and never checkpointed.
 */
async function deskThatLostItsWal() {
  desk = await openCheckinDesk(tempDir(), new Date('2026-12-05T00:00:00Z'));
  const people = [];
  for (let i = 0; i < 5; i++) people.push(await addCandidate(desk, { idNumber: cnId(`11010119900307${200 + i}`) }));
  const copyDir = tempDir();
  // The way back: a backup from before the admissions, in "backups" beside the copied database.
  const backup = await backupNow(desk.core.store, join(copyDir, 'backups'), { centerCode: 'SZ-NS-01', at: new Date('2026-12-05T00:01:00Z'), keep: 5 });
  desk.core.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const proctor = await desk.as('proctor1');
  for (const x of people) {
    await desk.call<RecordIdCheckResult>('checkin.recordIdCheck', passingCheck(x), proctor);
    await desk.call('checkin.admit', { appointmentId: x.appointmentId, nonce: randomUUID() }, proctor);
  }
  expect(statSync(`${desk.core.store.path}-wal`).size).toBeGreaterThan(0);
  const lost = join(copyDir, 'desk.sqlite');
  mkdirSync(copyDir, { recursive: true });
  for (const ext of ['', '.key', '.heads']) copyFileSync(desk.core.store.path + ext, lost + ext);
  return { lost, backup, original: desk.core.store.path };
}

describe('#14.12 newest records that vanished are noticed at open', () => {
  test('a database whose WAL (with 5 acknowledged admissions) was lost does not open as if nothing happened; the newest backup is named', async () => {
    const { lost, backup } = await deskThatLostItsWal();
    const e = await openStore(lost).then(
      async (s) => {
        await s.close();
        return null;
      },
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(StoreOpenError);
    expect((e as StoreOpenError).code).toBe('STORE_TAIL_MISSING');
    expect((e as StoreOpenError).message).toMatch(/identity check \d+, check-in 5 had been written/);
    expect((e as StoreOpenError).message).toContain(`restore the newest backup, ${backup.path}`);
  });

  test('the door opens the recovery desk with its own reason, and `desk check` reports the missing tail', async () => {
    const { lost } = await deskThatLostItsWal();
    const opened = await openDesk(lost, { clock: manualClock(new Date('2026-12-05T00:10:00Z')) });
    expect(opened.damaged).toMatch(/The newest records of .* are gone/);
    expect(opened.core()).toBeNull();
    const caller = { transport: 'test', clientId: 'c1', desk: 'desk-1' } as const;
    expect(await opened.dispatcher.invoke('accounts.status', {}, caller)).toMatchObject({ ok: false, error: { code: 'STORE_TAIL_MISSING' } });
    expect(await opened.dispatcher.invoke('recovery.status', {}, caller)).toMatchObject({ ok: true, value: { damaged: true, backup: { name: expect.stringMatching(/^exam-desk-/) } } });
    await opened.close();

    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')));
    const status = await checkCommand.run({ positional: [], options: { db: lost } }).finally(() => log.mockRestore());
    expect(status).toBe(1);
    expect(lines.join('\n')).toMatch(/ok {6}identity-check log/);
    expect(lines.join('\n')).toMatch(/BROKEN {2}newest records: The newest records of .* are gone: identity check \d+, check-in 5/);
  });

  test('the desk with its WAL intact reopens without a word: the heads file follows every commit', async () => {
    const { original } = await deskThatLostItsWal();
    await desk!.close();
    desk = null;
    const store = await openStore(original);
    expect(store.problems).toEqual([]);
    await store.close();
  });
});
