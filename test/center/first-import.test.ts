import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ImportResult } from '../../shared/exchange/import-contract';
import type { IpcResult } from '../../shared/ipc/result';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const tempDir = useTempDir();
const roster = () => ({ fileName: 'sample-roster.csv', base64: readFileSync(join(process.cwd(), '../shared/formats/sample-roster.csv')).toString('base64') });
const grid = (rows: number, cols: number) => Array.from({ length: rows * cols }, (_, i) => ({ row: Math.floor(i / cols) + 1, col: (i % cols) + 1, kind: i === 0 ? ('wheelchair' as const) : ('seat' as const) }));

describe('the first import on a center set up through center.setup (issue #15)', () => {
  test('without a center the import names the set-up step; after set-up and two rooms it creates the day’s sessions and says which rooms it used', async () => {
    const desk = await openTestDesk(tempDir(), new Date('2026-12-05T00:20:00Z'));
    const manager = await desk.as('manager');
    const refused = (await desk.registry.invoke('exchange.importApply', roster(), manager)) as IpcResult<ImportResult>;
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', say: { key: 'exchange.noCenter' } } });
    expect(refused.ok || refused.error.message).toMatch(/Settings → Set-up/);

    expect(await desk.registry.invoke('center.setup', { code: 'SZ-NS-01', name: '深圳南山考点', profiles: ['ctyun', 'tencent-test-center'] }, manager)).toMatchObject({ ok: true });
    for (const code of ['R101', 'R102']) {
      expect(await desk.registry.invoke('rooms.save', { roomId: null, code, name: code, rows: 4, cols: 6, proctor: null, cells: grid(4, 6) }, manager)).toMatchObject({ ok: true });
    }
    const r = (await desk.registry.invoke('exchange.importApply', roster(), manager)) as IpcResult<ImportResult>;
    expect(r).toMatchObject({ ok: true, value: { created: 60, rooms: ['R101', 'R102'] } });
    const sessions = await desk.core.store.db
      .selectFrom('exam_sessions as s')
      .innerJoin('rooms as r', 'r.id', 's.room_id')
      .select(['r.code', 's.local_date', 's.starts_at'])
      .orderBy('s.starts_at')
      .orderBy('r.code')
      .execute();
    expect(sessions).toEqual([
      { code: 'R101', local_date: '2026-12-05', starts_at: '2026-12-05T01:00:00.000Z' },
      { code: 'R102', local_date: '2026-12-05', starts_at: '2026-12-05T01:00:00.000Z' },
      { code: 'R101', local_date: '2026-12-05', starts_at: '2026-12-05T05:30:00.000Z' },
      { code: 'R102', local_date: '2026-12-05', starts_at: '2026-12-05T05:30:00.000Z' },
    ]);
    // The sponsors the set-up added are the ones the roster names: no second "Tencent Cloud".
    expect(await desk.core.store.db.selectFrom('sponsors').select('name').orderBy('name').execute()).toEqual([{ name: 'CTyun' }, { name: 'Tencent Cloud' }]);
    // Re-importing changes nothing and uses no room.
    expect(await desk.registry.invoke('exchange.importApply', roster(), manager)).toMatchObject({ ok: true, value: { created: 0, unchanged: 60, rooms: [] } });
    await desk.close();
  }, 300_000);
});
