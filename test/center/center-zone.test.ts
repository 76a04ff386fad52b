import { describe, expect, test } from 'vitest';
import { requestZone } from '../../electron/core/request-zone';
import type { CenterView } from '../../shared/center/contract';
import type { IpcResult } from '../../shared/ipc/result';
import { DEFAULT_CENTER_ZONE } from '../../shared/time/default-zone';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk, type TestDesk } from '../support/test-core';

const tempDir = useTempDir();
const SETUP = { code: 'SZ-NS-01', name: '深圳南山考点', nameEn: 'Shenzhen Nanshan', address: '', city: '深圳', timeZone: 'Asia/Shanghai', profiles: ['tencent-test-center'] };
const EDIT = { name: SETUP.name, nameEn: SETUP.nameEn, address: '', city: SETUP.city };
// 23:30 in Shanghai on 5 December is already 00:30 on 6 December in Tokyo.
const LATE_EVENING = new Date('2026-12-05T15:30:00Z');

async function value<T>(desk: TestDesk, name: string, payload: unknown): Promise<T> {
  const r = (await desk.registry.invoke(name, payload, await desk.as('manager'))) as IpcResult<T>;
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

describe("the center's time zone is read once per request, never cached across requests (#16)", () => {
  test('a zone changed by center.update is the zone the very next request works in (no stale cache)', async () => {
    const desk = await openTestDesk(tempDir(), LATE_EVENING);
    await value<CenterView>(desk, 'center.setup', SETUP);
    expect(await value<{ date: string }>(desk, 'today.overview', {})).toMatchObject({ date: '2026-12-05' });
    await value<CenterView>(desk, 'center.update', { ...EDIT, timeZone: 'Asia/Tokyo' });
    expect(await value<{ date: string }>(desk, 'today.overview', {})).toMatchObject({ date: '2026-12-06' });
    await value<CenterView>(desk, 'center.update', { ...EDIT, timeZone: 'Asia/Shanghai' });
    expect(await value<{ date: string }>(desk, 'today.overview', {})).toMatchObject({ date: '2026-12-05' });
    await desk.close();
  });

  test('within one request the zone is read once and stays the same; a new request reads it again', async () => {
    const desk = await openTestDesk(tempDir(), LATE_EVENING);
    const first = { core: desk.core };
    expect(await requestZone(first)).toBe(DEFAULT_CENTER_ZONE);
    await value<CenterView>(desk, 'center.setup', { ...SETUP, timeZone: 'Asia/Tokyo' });
    // The same request keeps the answer it read first (one read per request) ...
    expect(await requestZone(first)).toBe(DEFAULT_CENTER_ZONE);
    // ... and the next request sees the center as it is now.
    expect(await requestZone({ core: desk.core })).toBe('Asia/Tokyo');
    await desk.close();
  });
});
