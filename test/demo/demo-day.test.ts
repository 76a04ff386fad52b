import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DemoSummary } from '../../electron/demo/generate';
import type { Store } from '../../electron/store/open';
import type { DocumentType } from '../../shared/identity/document-types';
import { validateDocument } from '../../shared/identity/permits';
import { addCalendarMonths, instantOfLocal } from '../../shared/time/zoned';
import { closeDemoDay, counts, DATE, key, openDemoDay } from './demo-day-fixture';

// What the demo day holds. Running the generator again, on other data or with another seed:
// demo-runs.test.ts.

const ZONE = 'Asia/Shanghai';

/** GB 11643 (ISO 7064 MOD 11-2), written out here so the test does not trust the generator's code. */
function gb11643Ok(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((t, w, i) => t + w * Number(id[i]), 0);
  return '10X98765432'[sum % 11] === id[17];
}

let dir: string;
let store: Store;
let summary: DemoSummary;

beforeAll(async () => ({ dir, store, summary } = await openDemoDay()));
afterAll(() => closeDemoDay({ dir, store }));

describe('demo exam day', () => {
  test('the summary and the row counts: one center, three rooms, six sessions, about 150 appointments', async () => {
    expect(summary).toMatchObject({ date: DATE, center: 'SZ-NS-01', rooms: 3, sessions: 6 });
    expect(summary.appointments).toBeGreaterThanOrEqual(130);
    expect(summary.appointments).toBeLessThanOrEqual(160);
    expect(summary.operators).toEqual([
      { username: 'manager', password: 'demo-manager-1', role: 'manager' },
      { username: 'proctor1', password: 'demo-proctor-1', role: 'proctor' },
      { username: 'proctor2', password: 'demo-proctor-2', role: 'proctor' },
    ]);
    const c = await counts(store);
    expect(c).toMatchObject({
      centers: 1,
      sponsors: 2,
      subjects: 7,
      subject_parts: 9,
      rooms: 3,
      seats: 36 + 24 + 20,
      exam_sessions: 6,
      appointments: summary.appointments,
      candidates: summary.candidates,
      orders: summary.appointments,
      operators: 3,
      audit_log: 1,
      check_ins: 0,
      seat_assignments: 0,
    });
    expect(c.coupons).toBeGreaterThan(3);
    expect(c.redeem_codes).toBeGreaterThan(3);

    const center = await store.db.selectFrom('centers').selectAll().executeTakeFirstOrThrow();
    expect(center).toMatchObject({ code: 'SZ-NS-01', name: '深圳南山考试中心', name_en: 'Shenzhen Nanshan Test Center', time_zone: 'Asia/Shanghai', city: '深圳' });
    const setting = await store.db.selectFrom('settings').select('value').where('key', '=', 'center.code').executeTakeFirst();
    expect(setting?.value).toBe('SZ-NS-01');
    const audit = await store.db.selectFrom('audit_log').selectAll().executeTakeFirstOrThrow();
    expect(audit.action).toBe('demo.generate');
    expect(JSON.parse(audit.detail_json)).toMatchObject({ date: DATE, rooms: 3, sessions: 6, appointments: summary.appointments });
    const ops = await store.db.selectFrom('operators').select(['username', 'display_name', 'role', 'password_hash']).orderBy('id').execute();
    expect(ops.map((o) => [o.username, o.role])).toEqual([
      ['manager', 'manager'],
      ['proctor1', 'proctor'],
      ['proctor2', 'proctor'],
    ]);
    expect(ops[0]!.display_name).toBe('王经理');
    expect(ops[1]!.display_name).toBe('李监考');
    for (const o of ops) expect(o.password_hash).toMatch(/^scrypt\$/);
  });

  test('rooms: seat labels row letter + 2 digits, seats out of service, two wheelchair seats, a proctor desk', async () => {
    const seats = await store.db.selectFrom('seats').selectAll().execute();
    for (const s of seats) expect(s.label).toBe(`${String.fromCharCode(64 + s.row)}${String(s.col).padStart(2, '0')}`);
    expect(seats.filter((s) => s.status === 'out-of-service').length).toBe(2);
    expect(seats.filter((s) => s.wheelchair === 1 && s.status === 'ok').length).toBe(2);
    const rooms = await store.db.selectFrom('rooms').selectAll().orderBy('code').execute();
    expect(rooms.map((r) => [r.code, r.rows * r.cols])).toEqual([
      ['A', 36],
      ['B', 24],
      ['L', 20],
    ]);
    for (const r of rooms) expect(r.proctor_col).not.toBeNull();
  });

  test('sessions at 09:00 and 13:30 center time; no session has more appointments than working seats', async () => {
    const sessions = await store.db
      .selectFrom('exam_sessions as es')
      .select((eb) => [
        'es.id',
        'es.room_id',
        'es.starts_at',
        'es.local_date',
        'es.duration_min',
        eb
          .selectFrom('seats')
          .whereRef('seats.room_id', '=', 'es.room_id')
          .where('seats.status', '=', 'ok')
          .select((e) => e.fn.countAll<number>().as('n'))
          .as('working'),
        eb
          .selectFrom('seats')
          .whereRef('seats.room_id', '=', 'es.room_id')
          .where('seats.status', '=', 'ok')
          .where('seats.wheelchair', '=', 1)
          .select((e) => e.fn.countAll<number>().as('n'))
          .as('wheelchairSeats'),
        eb
          .selectFrom('appointments')
          .whereRef('appointments.session_id', '=', 'es.id')
          .select((e) => e.fn.countAll<number>().as('n'))
          .as('booked'),
        eb
          .selectFrom('appointments')
          .whereRef('appointments.session_id', '=', 'es.id')
          .where('appointments.wheelchair', '=', 1)
          .select((e) => e.fn.countAll<number>().as('n'))
          .as('wheelchairs'),
      ])
      .execute();
    const nine = new Date(instantOfLocal(DATE, '09:00', ZONE)).toISOString();
    const half1 = new Date(instantOfLocal(DATE, '13:30', ZONE)).toISOString();
    for (const s of sessions) {
      expect([nine, half1]).toContain(s.starts_at);
      expect(s.local_date).toBe(DATE);
      expect([90, 120]).toContain(s.duration_min);
      expect(Number(s.booked)).toBeGreaterThan(0);
      expect(Number(s.booked)).toBeLessThanOrEqual(Number(s.working));
      expect(Number(s.wheelchairs)).toBeLessThanOrEqual(Number(s.wheelchairSeats));
    }
    const mismatched = await store.db
      .selectFrom('appointments as a')
      .leftJoin('exam_sessions as es', 'es.id', 'a.session_id')
      .where((eb) => eb.or([eb('es.id', 'is', null), eb('a.starts_at', '!=', eb.ref('es.starts_at'))]))
      .select('a.id')
      .execute();
    expect(mismatched).toEqual([]);
    const appts = await store.db.selectFrom('appointments').select(['state', 'admission_code', 'booking_id', 'extra_time_pct', 'wheelchair', 'attempt_no']).execute();
    for (const a of appts) {
      expect(a.state).toBe('booked');
      expect(a.admission_code).toMatch(/^ADM[A-Z0-9]{8}$/);
      expect(a.booking_id).toMatch(/^BK2026\d{6}$/);
    }
    expect(new Set(appts.map((a) => a.admission_code)).size).toBe(appts.length);
    expect(appts.filter((a) => a.wheelchair === 1).length).toBeGreaterThan(0);
    expect(appts.filter((a) => a.extra_time_pct === 25).length).toBeGreaterThan(0);
    expect(appts.filter((a) => a.attempt_no === 2).length).toBeGreaterThan(0);
  });

  test('documents: every CN_ID passes the GB 11643 check digit; last 4 and the keyed hash are right', async () => {
    const people = await store.db.selectFrom('candidates').selectAll().execute();
    const byType = (t: string) => people.filter((p) => p.id_type === t);
    expect(byType('CN_ID').length).toBeGreaterThan(people.length * 0.8);
    expect(byType('HK_MO_PERMIT').length).toBeGreaterThan(0);
    expect(byType('TW_PERMIT').length).toBeGreaterThan(0);
    expect(byType('PASSPORT')).toHaveLength(1);
    expect(byType('PASSPORT')[0]!.name).toMatch(/^[A-Za-z]+ [A-Za-z]+$/);
    for (const p of byType('CN_ID')) expect({ id: p.id_number, ok: gb11643Ok(p.id_number!) }).toEqual({ id: p.id_number, ok: true });
    for (const p of people) {
      expect(validateDocument(p.id_type as DocumentType, p.id_number!).ok).toBe(true);
      expect(p.id_last4).toBe(p.id_number!.slice(-4));
      expect(p.id_hash).toBe(createHmac('sha256', key).update(p.id_number!).digest('hex'));
    }
  });

  test('names: common surnames with compound and ü ones, pinyin and the search columns', async () => {
    const people = await store.db.selectFrom('candidates').select(['name', 'pinyin', 'pinyin_compact', 'initials']).where('id_type', '!=', 'PASSPORT').execute();
    const names = people.map((p) => p.name);
    for (const s of ['欧阳', '司马', '吕']) expect(names.some((n) => n.startsWith(s))).toBe(true);
    expect(names.some((n) => /[律女绿]/.test(n.slice(1)))).toBe(true);
    for (const p of people) {
      expect([...p.name].length).toBeGreaterThanOrEqual(2);
      expect([...p.name].length).toBeLessThanOrEqual(4);
      expect(p.pinyin).toMatch(/^[A-Z][a-zü]+ [A-Z][a-zü]+$/);
      expect(p.pinyin_compact).toMatch(/^[a-z]+$/);
      expect(p.initials).toMatch(/^[a-z]{2,4}$/);
    }
    const ouyang = people.find((p) => p.name.startsWith('欧阳'))!;
    expect(ouyang.pinyin_compact.startsWith('ouyang')).toBe(true);
    expect(ouyang.initials.startsWith('oy')).toBe(true);
    const lv = people.find((p) => p.name.startsWith('吕'))!;
    expect(lv.pinyin!.startsWith('Lü ')).toBe(true);
  });

  test('subjects: the profiles of the sample roster, a practitioner exam, an expert exam with parts, a retired subject', async () => {
    const subjects = await store.db.selectFrom('subjects').selectAll().execute();
    const parts = await store.db.selectFrom('subject_parts').selectAll().execute();
    const partsOf = (code: string) => {
      const id = subjects.find((s) => s.code === code)!.id;
      return parts.filter((p) => p.subject_id === id).map((p) => [p.part, p.max_score, p.pass_score]);
    };
    for (const code of ['TCCA-CLOUD', 'TCCP-ARCH', 'TCCP-OPS']) expect(subjects.find((s) => s.code === code)?.profile_id).toBe('tencent-test-center');
    expect(subjects.find((s) => s.code === 'ECA-DEV')?.profile_id).toBe('ctyun');
    expect(partsOf('TCCA-CLOUD')).toEqual([['theory', 100, 60]]);
    const practitioner = subjects.find((s) => s.profile_id === 'tencent-practitioner')!;
    expect(partsOf(practitioner.code)).toEqual([['theory', 100, 70]]);
    const expert = subjects.find((s) => s.level === 'TCCE')!;
    expect(
      partsOf(expert.code)
        .map(([p]) => p)
        .sort(),
    ).toEqual(['interview', 'lab', 'theory']);

    const practitionerOrders = await store.db.selectFrom('appointments as a').innerJoin('orders as o', 'o.id', 'a.order_id').where('a.subject_id', '=', practitioner.id).select(['o.attempts', 'a.duration_min']).execute();
    expect(practitionerOrders.length).toBeGreaterThan(0);
    for (const o of practitionerOrders) expect(o).toEqual({ attempts: 3, duration_min: 90 });

    const retired = subjects.filter((s) => s.stop_service_date !== null);
    expect(retired).toHaveLength(1);
    const r = retired[0]!;
    expect(r.on_sale_date! < r.stop_sale_date!).toBe(true);
    expect(r.stop_sale_date! < r.stop_service_date!).toBe(true);
    expect(r.stop_service_date! < DATE).toBe(true);
    const retiredOrders = await store.db.selectFrom('appointments as a').innerJoin('orders as o', 'o.id', 'a.order_id').where('a.subject_id', '=', r.id).select(['o.paid_at', 'a.booked_at']).execute();
    expect(retiredOrders.length).toBeGreaterThan(0);
    // CAT-4: bought before the stop-sale date, booked before the stop-service date.
    for (const o of retiredOrders) {
      expect(o.paid_at! < new Date(instantOfLocal(r.stop_sale_date!, '00:00', ZONE)).toISOString()).toBe(true);
      expect(o.booked_at < new Date(instantOfLocal(r.stop_service_date!, '00:00', ZONE)).toISOString()).toBe(true);
    }
    const all = await store.db.selectFrom('appointments as a').innerJoin('orders as o', 'o.id', 'a.order_id').innerJoin('subjects as s', 's.id', 'a.subject_id').select(['o.paid_at', 's.on_sale_date']).execute();
    for (const o of all) expect(o.paid_at! >= o.on_sale_date!).toBe(true);
  });

  test('orders: paid, coupon (PAY-6 amounts) and redeem-code orders, and expired ones (ORD-1) that check-in must refuse', async () => {
    const rows = await store.db
      .selectFrom('appointments as a')
      .innerJoin('orders as o', 'o.id', 'a.order_id')
      .select(['a.starts_at', 'a.booked_at', 'a.candidate_id as appt_candidate', 'o.id', 'o.candidate_id', 'o.order_no', 'o.paid_at', 'o.amount_fen', 'o.coupon_code', 'o.coupon_discount_fen', 'o.redeem_code'])
      .execute();
    const coupons = new Map((await store.db.selectFrom('coupons').selectAll().execute()).map((c) => [c.code, c]));
    const redeems = new Map((await store.db.selectFrom('redeem_codes').selectAll().execute()).map((r) => [r.code, r]));
    expect(new Set(rows.map((r) => r.order_no)).size).toBe(rows.length);
    const expired: typeof rows = [];
    for (const r of rows) {
      expect(r.candidate_id).toBe(r.appt_candidate);
      expect(r.order_no).toMatch(/^OD\d{12}$/);
      expect(r.paid_at).not.toBeNull();
      expect(r.paid_at! < r.starts_at).toBe(true);
      if (r.coupon_code) {
        const c = coupons.get(r.coupon_code)!;
        expect(c.used_by_order_id).toBe(r.id);
        const price = r.amount_fen + r.coupon_discount_fen;
        const left = c.kind === 'percent' ? Math.floor((price * (100 - c.value)) / 100) : Math.max(0, price - c.value);
        expect(r.amount_fen).toBe(left);
      }
      if (r.redeem_code) {
        expect(r.amount_fen).toBe(0);
        expect(redeems.get(r.redeem_code)).toMatchObject({ order_id: r.id, state: 'bound', candidate_id: r.candidate_id });
      }
      if (!r.coupon_code && !r.redeem_code) expect([20000, 80000, 120000, 160000, 300000]).toContain(r.amount_fen);
      // ORD-1: 12 months from payment, 6 when the appointment was booked before payment.
      const months = r.booked_at < r.paid_at! ? 6 : 12;
      if (addCalendarMonths(Date.parse(r.paid_at!), months, ZONE) < Date.parse(r.starts_at)) expired.push(r);
    }
    expect(rows.filter((r) => r.coupon_code).length).toBeGreaterThan(3);
    expect(rows.filter((r) => r.redeem_code).length).toBeGreaterThan(3);
    expect(expired.length).toBe(4);
    expect(expired.filter((r) => r.booked_at < r.paid_at!).length).toBe(1);
  });
});
