import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateDemo } from '../../electron/demo/demo-day';
import { openStore } from '../../electron/store/open';
import { validateDocument } from '../../shared/identity/permits';
import { rowCounts } from '../support/row-counts';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const key = Buffer.alloc(32, 7);

describe('demo exam day', () => {
  test('a realistic day: three rooms, six sessions, about 150 appointments, no session over its working seats', async () => {
    const store = await openStore(join(tempDir(), 'd.sqlite'));
    const s = await generateDemo(store, { date: '2026-12-05', hashKey: key });
    expect(s).toMatchObject({ rooms: 3, sessions: 6 });
    expect(s.appointments).toBeGreaterThanOrEqual(130);
    expect(s.appointments).toBeLessThanOrEqual(170);
    const sessions = await store.db
      .selectFrom('exam_sessions as es')
      .select((eb) => [
        'es.id',
        'es.starts_at',
        eb.selectFrom('seats').whereRef('seats.room_id', '=', 'es.room_id').where('seats.status', '=', 'ok').select((e) => e.fn.countAll<number>().as('n')).as('working'),
        eb.selectFrom('appointments').whereRef('appointments.session_id', '=', 'es.id').select((e) => e.fn.countAll<number>().as('n')).as('booked'),
      ])
      .execute();
    for (const x of sessions) expect(Number(x.booked)).toBeLessThanOrEqual(Number(x.working));
    const mismatched = await store.db
      .selectFrom('appointments as a')
      .innerJoin('exam_sessions as es', 'es.id', 'a.session_id')
      .whereRef('a.starts_at', '!=', 'es.starts_at')
      .select('a.id')
      .execute();
    expect(mismatched).toEqual([]);
    await store.close();
  });

  test('every generated document number is valid (GB 11643 check digit for CN_ID), with last 4 and a keyed hash', async () => {
    const store = await openStore(join(tempDir(), 'd.sqlite'));
    await generateDemo(store, { date: '2026-12-05', hashKey: key });
    const people = await store.db.selectFrom('candidates').select(['id_type', 'id_number', 'id_last4', 'id_hash', 'initials', 'pinyin_compact']).execute();
    expect(people.filter((p) => p.id_type !== 'CN_ID').length).toBeGreaterThan(3);
    for (const p of people) {
      const v = validateDocument(p.id_type as 'CN_ID', p.id_number!);
      expect({ n: p.id_number, ok: v.ok }).toEqual({ n: p.id_number, ok: true });
      expect(p.id_last4).toBe(p.id_number!.slice(-4));
      expect(p.id_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(p.id_hash).not.toContain(p.id_number!);
      expect(p.pinyin_compact.length).toBeGreaterThan(0);
    }
    await store.close();
  });

  test('the day has expired orders (ORD-1), a retired subject (CAT-4), retakes, coupons and redeem codes', async () => {
    const store = await openStore(join(tempDir(), 'd.sqlite'));
    await generateDemo(store, { date: '2026-12-05', hashKey: key });
    const expired = await store.db.selectFrom('orders').where('paid_at', '<', '2025-12-05T00:00:00.000Z').select('id').execute();
    expect(expired.length).toBeGreaterThanOrEqual(2);
    const retired = await store.db
      .selectFrom('appointments as a')
      .innerJoin('subjects as s', 's.id', 'a.subject_id')
      .where('s.stop_service_date', '<', '2026-12-05')
      .select('a.id')
      .execute();
    expect(retired.length).toBeGreaterThan(0);
    expect((await store.db.selectFrom('appointments').where('attempt_no', '=', 2).select('id').execute()).length).toBeGreaterThan(0);
    expect((await store.db.selectFrom('coupons').select('code').execute()).length).toBeGreaterThan(0);
    expect((await store.db.selectFrom('redeem_codes').select('code').execute()).length).toBeGreaterThan(0);
    await store.close();
  });

  test('the same seed and date give the same people and bookings', async () => {
    const pick = async () => {
      const store = await openStore(join(tempDir(), 'd.sqlite'));
      await generateDemo(store, { date: '2026-12-05', hashKey: key, seed: 42 });
      const rows = await store.db
        .selectFrom('appointments as a')
        .innerJoin('candidates as c', 'c.id', 'a.candidate_id')
        .select(['a.booking_id', 'a.admission_code', 'c.name', 'c.id_number', 'a.starts_at'])
        .orderBy('a.id')
        .execute();
      await store.close();
      return rows;
    };
    expect(await pick()).toEqual(await pick());
  });

  test('a second run on the same database is refused and leaves it unchanged', async () => {
    const store = await openStore(join(tempDir(), 'd.sqlite'));
    await generateDemo(store, { date: '2026-12-05', hashKey: key });
    const before = await rowCounts({ store } as never);
    await expect(generateDemo(store, { date: '2026-12-06', hashKey: key })).rejects.toThrow(/already has appointments/);
    expect(await rowCounts({ store } as never)).toEqual(before);
    await store.close();
  });
});
