import { describe, expect, test } from 'vitest';
import { readCsv } from '../../shared/exchange/csv-read';
import type { ImportResult } from '../../shared/exchange/import-contract';
import type { IpcResult } from '../../shared/ipc/result';
import { rowCounts } from '../support/row-counts';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';
import { csv, largeRoster, seedCenter } from './fixtures';

const tempDir = useTempDir();

/** `count` bookings on 2026-12-07 at one start time and length, with booking ids under `prefix`. */
function group(count: number, start: string, minutes: number, prefix: string, seed: number): string[][] {
  const [header, ...rows] = readCsv(largeRoster(count, seed)).map((r) => r.cells);
  const col = (h: string) => header!.indexOf(h);
  return rows.map((r) => {
    const c = [...r];
    c[col('booking_id')] = `${prefix}${c[col('booking_id')]}`;
    c[col('order_id')] = `${prefix}${c[col('order_id')]}`;
    c[col('start_time')] = start;
    c[col('duration_min')] = String(minutes);
    return c;
  });
}
const header = () => readCsv(largeRoster(1)).map((r) => r.cells)[0]!;

describe('roster import places bookings in sessions', () => {
  test('a new session never overlaps another session in the same room; when every room is busy the file is refused whole', async () => {
    const d = await openTestDesk(tempDir(), new Date('2026-11-30T02:00:00Z'));
    await seedCenter(d.core.store.db, 2); // rooms A and B, 36 seats each
    const manager = await d.as('manager');
    const send = (rows: string[][]) => ({ fileName: 'r.csv', base64: Buffer.from(csv([header(), ...rows])).toString('base64') });

    // 36 at 09:00 for two hours fill room A; the 10:00 group overlaps it and goes to room B.
    const first = (await d.registry.invoke('exchange.importApply', send([...group(36, '09:00', 120, 'M', 1), ...group(10, '10:00', 90, 'T', 2)]), manager)) as IpcResult<ImportResult>;
    expect(first).toMatchObject({ ok: true, value: { created: 46 } });
    const sessions = await d.core.store.db.selectFrom('exam_sessions as s').innerJoin('rooms as r', 'r.id', 's.room_id').select(['r.code', 's.starts_at', 's.duration_min']).orderBy('s.starts_at').execute();
    expect(sessions).toEqual([
      { code: 'A', starts_at: '2026-12-07T01:00:00.000Z', duration_min: 120 },
      { code: 'B', starts_at: '2026-12-07T02:00:00.000Z', duration_min: 90 },
    ]);

    // 10:30 overlaps both rooms' sessions: no room, nothing imported.
    const before = await rowCounts(d.core);
    const refused = await d.registry.invoke('exchange.importApply', send(group(5, '10:30', 60, 'X', 3)), manager);
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/no room is free at 2026-12-07 10:30/) } });
    expect(await rowCounts(d.core)).toEqual(before);
    await d.close();
  });
});
