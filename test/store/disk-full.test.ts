import { describe, expect, test } from 'vitest';
import type { ImportResult } from '../../shared/exchange/import-contract';
import type { IpcResult } from '../../shared/ipc/result';
import { largeRoster, seedCenter } from '../exchange-import/fixtures';
import { rowCounts } from '../support/row-counts';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const tempDir = useTempDir();

describe('a full disk', () => {
  test('a write that does not fit is answered DISK_FULL, leaves no half-written rows, and works once there is space', async () => {
    const d = await openTestDesk(tempDir(), new Date('2026-11-30T02:00:00Z'));
    await seedCenter(d.core.store.db, 30);
    const manager = await d.as('manager');
    const file = { fileName: 'r.csv', base64: Buffer.from(largeRoster(3000)).toString('base64') };
    const sqlite = d.core.store.sqlite;
    const pages = (sqlite.pragma('page_count', { simple: true }) as number) + 8;
    // The database may not grow past a few more pages: the same as a disk with no space left.
    sqlite.pragma(`max_page_count = ${pages}`);
    const before = await rowCounts(d.core);
    const full = (await d.registry.invoke('exchange.importApply', file, manager)) as IpcResult<ImportResult>;
    expect(full).toMatchObject({ ok: false, error: { code: 'DISK_FULL', message: expect.stringContaining('nothing was half-written') } });
    expect(await rowCounts(d.core)).toEqual(before);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    // Space is freed: the same action now succeeds.
    sqlite.pragma('max_page_count = 1073741823');
    const ok = (await d.registry.invoke('exchange.importApply', file, manager)) as IpcResult<ImportResult>;
    expect(ok).toMatchObject({ ok: true, value: { created: 3000 } });
    await d.close();
  });
});
