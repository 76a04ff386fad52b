import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statfsSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { ImportResult } from '../../shared/exchange/import-contract';
import type { IpcResult } from '../../shared/ipc/result';
import { largeRoster, seedCenter } from '../exchange-import/fixtures';
import { rowCounts } from '../support/row-counts';
import { openTestDesk } from '../support/test-core';

/**
 * #14.7: a REAL full disk, not `max_page_count`. The desk lives on a 16 MB tmpfs; a filler file
 * takes the rest of the space, so SQLite's own writes fail with ENOSPC and SQLite answers
 * SQLITE_FULL (and rolls the transaction back by itself). Mounting needs root (CAP_SYS_ADMIN):
 * where the test may not mount, it is skipped and says why.
 */
const mountDir = mkdtempSync(join(tmpdir(), 'exam-desk-full-'));
const mountError = tryMount(mountDir);
rmSync(mountDir, { recursive: true, force: true });

function tryMount(dir: string): string | null {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', dir], { stdio: 'pipe' });
    execFileSync('umount', [dir], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message.split('\n')[0]! : String(error);
  }
}

const mounted: string[] = [];
afterEach(() => {
  for (const dir of mounted.splice(0)) {
    execFileSync('umount', [dir], { stdio: 'pipe' });
    rmSync(dir, { recursive: true, force: true });
  }
});

function tinyFilesystem(): string {
  const dir = mkdtempSync(join(tmpdir(), 'exam-desk-full-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', dir], { stdio: 'pipe' });
  mounted.push(dir);
  return dir;
}

/** Fills the filesystem but for `leaveBytes`; returns the filler's path. */
function fill(dir: string, leaveBytes: number): string {
  const filler = join(dir, 'filler.bin');
  const { bavail, bsize } = statfsSync(dir);
  writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - leaveBytes)));
  return filler;
}

describe.skipIf(mountError !== null)(`a real full disk (tmpfs of 16 MB)${mountError ? ` — skipped: cannot mount a tmpfs here (${mountError})` : ''}`, () => {
  test('#14.7 an import that does not fit on the disk is answered DISK_FULL (not INTERNAL), leaves no half-written rows, and works once space is freed', async () => {
    const dir = tinyFilesystem();
    const d = await openTestDesk(dir, new Date('2026-11-30T02:00:00Z'));
    try {
      await seedCenter(d.core.store.db, 30);
      const manager = await d.as('manager');
      const before = await rowCounts(d.core);
      const filler = fill(dir, 192 * 1024);
      const file = { fileName: 'r.csv', base64: Buffer.from(largeRoster(3000)).toString('base64') };
      const full = (await d.registry.invoke('exchange.importApply', file, manager)) as IpcResult<ImportResult>;
      expect(full).toMatchObject({ ok: false, error: { code: 'DISK_FULL', message: expect.stringContaining('nothing was half-written') } });
      expect(await rowCounts(d.core)).toEqual(before);
      expect(d.core.store.sqlite.inTransaction).toBe(false);
      // Space is freed: the same action now succeeds.
      unlinkSync(filler);
      const ok = (await d.registry.invoke('exchange.importApply', file, manager)) as IpcResult<ImportResult>;
      expect(ok).toMatchObject({ ok: true, value: { created: 3000 } });
      expect(d.core.store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      await d.close();
    }
  });
});
