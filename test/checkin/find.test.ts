import { afterEach, describe, expect, test } from 'vitest';
import type { FindResult } from '../../shared/checkin/types';
import { useTempDir } from '../support/temp-dir';
import { addCandidate, cnId, openCheckinDesk, type CheckinDesk } from './support';

const tempDir = useTempDir();
let desk: CheckinDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

async function setUp() {
  desk = await openCheckinDesk(tempDir());
  const zw = await addCandidate(desk, { seat: 'B02', admissionCode: 'ADMZWTEST01', bookingId: 'BK2026990001' });
  const proctor = await desk.as('proctor1');
  const find = (query: string) => desk!.call<FindResult>('checkin.find', { query }, proctor);
  return { desk, zw, proctor, find };
}

const ids = (r: FindResult) => r.cards.map((c) => c.appointmentId);

describe('checkin.find: one box for every kind of input, today only', () => {
  test('finds by scanned admission code, with the card details', async () => {
    const { zw, find } = await setUp();
    const r = await find('ADMZWTEST01');
    expect(r.kind).toBe('code');
    expect(r.date).toBe('2026-12-05');
    expect(ids(r)).toEqual([zw.appointmentId]);
    const card = r.cards[0]!;
    expect(card).toMatchObject({
      admissionCode: 'ADMZWTEST01',
      candidateName: '张伟',
      pinyin: 'Zhang Wei',
      documentType: 'CN_ID',
      documentMasked: `****${zw.idNumber.slice(-4)}`,
      subjectCode: 'TCCA-CLOUD',
      startsAt: '2026-12-05T01:00:00.000Z',
      startLocal: '2026-12-05 09:00',
      room: { code: 'A' },
      seatLabel: 'B02',
      appointmentState: 'booked',
      orderState: 'paid',
      hasPhoto: false,
      checkIn: null,
    });
  });

  test('finds by booking id (exact)', async () => {
    const { zw, find } = await setUp();
    expect(ids(await find('BK2026990001'))).toEqual([zw.appointmentId]);
    expect(ids(await find('BK202699000'))).toEqual([]);
  });

  test("finds by a demo appointment's admission code and booking id", async () => {
    const { desk, find } = await setUp();
    const a = await desk.core.store.db.selectFrom('appointments').select(['id', 'admission_code', 'booking_id']).orderBy('id').limit(1).executeTakeFirstOrThrow();
    expect(ids(await find(a.admission_code))).toEqual([a.id]);
    expect(ids(await find(a.booking_id))).toEqual([a.id]);
  });

  test('scanner input: a trailing CR/LF, TAB, NUL and zero-width characters are ignored', async () => {
    const { zw, find } = await setUp();
    const r = await find('\u0002ADMZWTEST01\r\n');
    expect(r.query).toBe('ADMZWTEST01');
    expect(ids(r)).toEqual([zw.appointmentId]);
    expect(ids(await find('\u200bBK2026990001\t\u0000'))).toEqual([zw.appointmentId]);
    expect(ids(await find(`${zw.idNumber}\r\n`))).toEqual([zw.appointmentId]);
  });

  test('finds by the full document number (keyed hash), also with spaces and a lower-case x', async () => {
    const { desk, find } = await setUp();
    // Pick a 17-digit body whose check character is X, to test the lower-case form (BigInt: the
    // body is past Number's exact range).
    let body = 44030519851230001n;
    let number = cnId(String(body));
    while (!number.endsWith('X')) number = cnId(String(++body));
    const x = await addCandidate(desk, { name: '李娜', pinyin: 'Li Na', idNumber: number });
    expect(ids(await find(number))).toEqual([x.appointmentId]);
    expect(ids(await find(`${number.slice(0, 6)} ${number.slice(6, 14)} ${number.slice(14).toLowerCase()}`))).toEqual([x.appointmentId]);
  });

  test('finds a HK/Macau permit holder by the permit number', async () => {
    const { desk, find } = await setUp();
    const x = await addCandidate(desk, { name: '陈大文', pinyin: 'Chan Tai Man', idType: 'HK_MO_PERMIT', idNumber: 'H12345678' });
    expect(ids(await find('h12345678'))).toEqual([x.appointmentId]);
  });

  test('finds by the last 4 of the document', async () => {
    const { zw, find } = await setUp();
    const r = await find(zw.idNumber.slice(-4));
    expect(r.kind).toBe('last4');
    expect(ids(r)).toContain(zw.appointmentId);
    for (const c of r.cards) expect(c.documentMasked.endsWith(zw.idNumber.slice(-4))).toBe(true);
  });

  test('finds by a name prefix in characters', async () => {
    const { zw, find } = await setUp();
    for (const q of ['张伟', '张']) {
      const r = await find(q);
      expect(r.kind).toBe('name');
      expect(ids(r)).toContain(zw.appointmentId);
      for (const c of r.cards) expect(c.candidateName.startsWith(q)).toBe(true);
    }
  });

  test("finds by full pinyin 'zhangwei' / 'zhang wei' and by initials 'zw'", async () => {
    const { zw, find } = await setUp();
    for (const q of ['zhangwei', 'Zhang Wei', 'zw', 'ZW']) {
      const r = await find(q);
      expect(['pinyin', 'initials']).toContain(r.kind);
      expect(ids(r), q).toContain(zw.appointmentId);
    }
  });

  test("a compound surname is found by its initials: 欧阳娜娜 by 'oynn' and 'ouyang'", async () => {
    const { desk, find } = await setUp();
    const x = await addCandidate(desk, { name: '欧阳娜娜', pinyin: 'Ouyang Nana', idNumber: cnId('11010119920101001') });
    expect(ids(await find('oynn'))).toContain(x.appointmentId);
    expect(ids(await find('ouyang'))).toContain(x.appointmentId);
  });

  test("only the desk's current day: tomorrow's appointment is not listed", async () => {
    const { desk, find } = await setUp();
    const t = await addCandidate(desk, { name: '赵明', pinyin: 'Zhao Ming', admissionCode: 'ADMTOMORROW', startsAt: '2026-12-06T01:00:00.000Z' });
    expect(ids(await find('ADMTOMORROW'))).toEqual([]);
    desk.clock.set(new Date('2026-12-06T00:00:00Z'));
    expect(ids(await find('ADMTOMORROW'))).toEqual([t.appointmentId]);
  });

  test('at most 20 cards, in start order, and the list says it was cut', async () => {
    const { desk, find } = await setUp();
    for (let i = 0; i < 22; i++) {
      await addCandidate(desk, { name: `测试${i}`, pinyin: null, idNumber: cnId(`4403051980010${String(100 + i)}1`.slice(0, 17)) });
    }
    const r = await find('测试');
    expect(r.cards).toHaveLength(20);
    expect(r.truncated).toBe(true);
    const starts = r.cards.map((c) => c.startsAt);
    expect([...starts].sort()).toEqual(starts);
  });

  test('an empty or meaningless query lists nobody', async () => {
    const { find } = await setUp();
    expect((await find('  \r\n')).cards).toEqual([]);
    expect((await find('?')).cards).toEqual([]);
  });

  test('no card carries a full document number (only the query the proctor typed is echoed)', async () => {
    const { desk, zw, find } = await setUp();
    const numbers = (await desk.core.store.db.selectFrom('candidates').select('id_number').execute()).map((r) => r.id_number!);
    const cards = [await find(zw.idNumber), await find('zw'), await find('张'), await find(zw.idNumber.slice(-4))].map((r) => r.cards);
    const text = JSON.stringify(cards);
    for (const n of numbers) expect(text.includes(n), n).toBe(false);
  });

  test('a proctor must be signed in', async () => {
    const { desk } = await setUp();
    const r = await desk.invoke('checkin.find', { query: 'zw' }, { transport: 'test', clientId: 'nobody', desk: 'x' });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
  });
});
