import { afterEach, describe, expect, test } from 'vitest';
import { dayOfDate } from '../../electron/checkin/center-day';
import { findQueries } from '../../electron/checkin/find-queries-repo';
import { useTempDir } from '../support/temp-dir';
import { openCheckinDesk, type CheckinDesk } from './support';

const tempDir = useTempDir();
let desk: CheckinDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

/** Every search the check-in box runs, with a typical argument. */
const cases: [string, (d: CheckinDesk) => { sql: string; parameters: readonly unknown[] }][] = [
  ['admission code', (d) => findQueries.admissionCode(d.core.store.db, day, ['ADM00000001']).compile()],
  ['booking id', (d) => findQueries.bookingId(d.core.store.db, day, ['BK000000001']).compile()],
  ['document hash', (d) => findQueries.documentHash(d.core.store.db, day, ['ab'.repeat(32)]).compile()],
  ['last 4', (d) => findQueries.last4(d.core.store.db, day, '1234').compile()],
  ['name prefix', (d) => findQueries.namePrefix(d.core.store.db, day, '张').compile()],
  ['pinyin prefix', (d) => findQueries.pinyinPrefix(d.core.store.db, day, 'zhang').compile()],
  ['initials prefix', (d) => findQueries.initialsPrefix(d.core.store.db, day, 'zw').compile()],
];
const day = dayOfDate('2026-12-05', 'Asia/Shanghai');

describe('EXPLAIN QUERY PLAN: every check-in search is answered from an index', () => {
  test.each(cases.map(([name]) => name))('%s: no full scan of candidates or appointments', async (name) => {
    desk = await openCheckinDesk(tempDir());
    desk.core.store.sqlite.exec('ANALYZE');
    const compiled = cases.find(([n]) => n === name)![1](desk);
    const plan = desk.core.store.sqlite.prepare(`EXPLAIN QUERY PLAN ${compiled.sql}`).all(...(compiled.parameters as unknown[])) as { detail: string }[];
    const details = plan.map((p) => p.detail);
    const fullScans = details.filter((d) => /^SCAN (candidates|appointments)\b/.test(d) && !/USING (COVERING )?INDEX/.test(d));
    expect(fullScans, details.join('\n')).toEqual([]);
    expect(
      details.some((d) => /USING (COVERING )?INDEX|USING INTEGER PRIMARY KEY/.test(d)),
      details.join('\n'),
    ).toBe(true);
  });
});
