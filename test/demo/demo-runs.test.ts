import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateDemo } from '../../electron/demo/generate';
import { openStore, type Store } from '../../electron/store/open';
import { closeDemoDay, counts, DATE, key, openDemoDay } from './demo-day-fixture';

// Running the demo generator again: on its own day, on other data, with the same or another seed.
// What the demo day holds: demo-day.test.ts.

let dir: string;
let store: Store;

beforeAll(async () => ({ dir, store } = await openDemoDay()));
afterAll(() => closeDemoDay({ dir, store }));

describe('demo exam day', () => {
  test('a second run on the same database is refused and leaves it unchanged', async () => {
    const before = await counts(store);
    const hashes = await store.db.selectFrom('audit_log').select('hash').execute();
    await expect(generateDemo(store, { date: '2026-12-06', hashKey: key })).rejects.toThrow(/already has appointments/);
    expect(await counts(store)).toEqual(before);
    expect(await store.db.selectFrom('audit_log').select('hash').execute()).toEqual(hashes);
  });

  test('a database that holds other data is refused too, with what it holds', async () => {
    const other = await openStore(join(dir, 'other.sqlite'));
    try {
      await other.db.insertInto('centers').values({ code: 'GZ-TH-01', name: '广州天河考试中心', name_en: 'Guangzhou Tianhe', city: '广州' }).execute();
      const before = await counts(other);
      await expect(generateDemo(other, { date: DATE, hashKey: key })).rejects.toThrow(/not empty .*centers/);
      expect(await counts(other)).toEqual(before);
    } finally {
      await other.close();
    }
  });

  test('the same seed and date give the same rows; another seed gives other people', async () => {
    const run = async (name: string, seed: number) => {
      const s = await openStore(join(dir, name));
      try {
        await generateDemo(s, { date: '2027-03-01', hashKey: key, seed });
        return {
          candidates: await s.db.selectFrom('candidates').selectAll().orderBy('id').execute(),
          orders: await s.db.selectFrom('orders').selectAll().orderBy('id').execute(),
          appointments: await s.db.selectFrom('appointments').selectAll().orderBy('id').execute(),
          sessions: await s.db.selectFrom('exam_sessions').selectAll().orderBy('id').execute(),
          subjects: await s.db.selectFrom('subjects').selectAll().orderBy('id').execute(),
          coupons: await s.db.selectFrom('coupons').selectAll().orderBy('code').execute(),
          redeem: await s.db.selectFrom('redeem_codes').selectAll().orderBy('code').execute(),
          audit: await s.db.selectFrom('audit_log').selectAll().execute(),
        };
      } finally {
        await s.close();
      }
    };
    const a = await run('a.sqlite', 42);
    const b = await run('b.sqlite', 42);
    expect(b).toEqual(a);
    expect(a.sessions[0]!.local_date).toBe('2027-03-01');
    const retired = a.subjects.find((s) => s.stop_service_date !== null)!;
    expect(retired.stop_service_date! < '2027-03-01').toBe(true);

    const other = await openStore(join(dir, 'c.sqlite'));
    try {
      await generateDemo(other, { date: '2027-03-01', hashKey: key, seed: 43 });
      const names = (await other.db.selectFrom('candidates').select('id_number').orderBy('id').execute()).map((c) => c.id_number);
      expect(names).not.toEqual(a.candidates.map((c) => c.id_number));
    } finally {
      await other.close();
    }
  });
});
