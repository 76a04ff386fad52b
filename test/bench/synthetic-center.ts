import type { Kysely } from 'kysely';
import { generateCnId } from '../../shared/identity/generate';
import { mulberry32, pick, randomInt } from '../../shared/identity/random';
import { searchKeys } from '../../shared/names/search-keys';
import { addDays } from '../../shared/time/dates';
import { instantOfLocal } from '../../shared/time/zoned';
import { documentHash } from '../../electron/checkin/document-hash';
import type { DB } from '../../electron/store/schema';

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高', '欧阳', '司马', '吕'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平', '建华', '晓东', '子涵', '浩然', '雨桐', '欣怡', '律'];

export interface SyntheticCenter {
  candidates: number;
  rooms: number;
  sessions: number;
  firstDate: string;
  busiestDate: string;
  sampleCodes: string[];
  sampleDocuments: string[];
  sampleNames: string[];
}

const chunk = 500;

/**
 * A large center for benchmarks: `count` candidates each with one appointment spread over a year,
 * `rooms` rooms of 6x6 seats, two sessions a working day. Names carry pinyin search keys and the
 * document numbers are valid, so every lookup path is exercised on realistic data.
 */
export async function buildSyntheticCenter(db: Kysely<DB>, opts: { count: number; rooms: number; firstDate: string; hashKey: Buffer; seed?: number; days?: number }): Promise<SyntheticCenter> {
  const rng = mulberry32(opts.seed ?? 7);
  const zone = 'Asia/Shanghai';
  return db.transaction().execute(async (trx) => {
    const center = await trx.insertInto('centers').values({ code: 'BENCH-01', name: '基准考点', name_en: 'Benchmark Center', city: '深圳' }).returning('id').executeTakeFirstOrThrow();
    const sponsor = await trx.insertInto('sponsors').values({ code: 'tencent', name: 'Tencent Cloud' }).returning('id').executeTakeFirstOrThrow();
    const subjectIds: number[] = [];
    for (const code of ['TCCA-CLOUD', 'TCCP-ARCH', 'TCCP-OPS', 'TCCE-CLOUD']) {
      const s = await trx
        .insertInto('subjects')
        .values({ sponsor_id: sponsor.id, code, name: code, level: code.slice(0, 4), profile_id: 'tencent-test-center', on_sale_date: '2025-04-01', stop_sale_date: null, stop_service_date: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      subjectIds.push(s.id);
    }
    const roomIds: number[] = [];
    for (let r = 0; r < opts.rooms; r++) {
      const room = await trx
        .insertInto('rooms')
        .values({ center_id: center.id, code: `R${r + 1}`, name: `考场${r + 1}`, rows: 6, cols: 6, proctor_row: 0, proctor_col: 3 })
        .returning('id')
        .executeTakeFirstOrThrow();
      roomIds.push(room.id);
      const seats = [];
      for (let row = 1; row <= 6; row++) for (let col = 1; col <= 6; col++) seats.push({ room_id: room.id, label: `${String.fromCharCode(64 + row)}${String(col).padStart(2, '0')}`, row, col });
      await trx.insertInto('seats').values(seats).execute();
    }
    // Sessions: every day of a year, two per room; appointments are spread over all of them.
    const days = opts.days ?? 365;
    const sessions: { id: number; startsAt: string; date: string }[] = [];
    for (let d = 0; d < days; d++) {
      const date = addDays(opts.firstDate, d);
      const rows = roomIds.flatMap((room_id) => ['09:00', '13:30'].map((time) => ({ room_id, local_date: date, starts_at: new Date(instantOfLocal(date, time, zone)).toISOString(), duration_min: 90, closed_at: null })));
      const ids = await trx.insertInto('exam_sessions').values(rows).returning(['id', 'starts_at', 'local_date']).execute();
      for (const x of ids) sessions.push({ id: x.id, startsAt: x.starts_at, date: x.local_date });
    }
    const sampleCodes: string[] = [];
    const sampleDocuments: string[] = [];
    const sampleNames: string[] = [];
    for (let start = 0; start < opts.count; start += chunk) {
      const n = Math.min(chunk, opts.count - start);
      const people = Array.from({ length: n }, () => {
        const name = pick(rng, SURNAMES) + pick(rng, GIVEN);
        const idNumber = generateCnId(rng, { birthYearFrom: 1970, birthYearTo: 2005 });
        return { name, idNumber };
      });
      const cands = await trx
        .insertInto('candidates')
        .values(
          people.map((p) => {
            const keys = searchKeys(p.name);
            return {
              name: p.name,
              pinyin: null,
              pinyin_compact: keys.pinyinCompact,
              initials: keys.initials,
              id_type: 'CN_ID',
              id_number: p.idNumber,
              id_last4: p.idNumber.slice(-4),
              id_hash: documentHash(opts.hashKey, p.idNumber),
              phone: null,
              email: null,
              created_at: '2026-01-01T00:00:00.000Z',
            };
          }),
        )
        .returning('id')
        .execute();
      const orders = await trx
        .insertInto('orders')
        .values(
          cands.map((c, i) => ({
            sponsor_id: sponsor.id,
            order_no: `OD${start + i}`,
            candidate_id: c.id,
            paid_at: '2026-01-05T02:00:00.000Z',
            amount_fen: 80000,
            coupon_code: null,
            redeem_code: null,
            refunded_at: null,
          })),
        )
        .returning('id')
        .execute();
      await trx
        .insertInto('appointments')
        .values(
          cands.map((c, i) => {
            const k = start + i;
            const session = sessions[k % sessions.length]!;
            const code = `ADM${String(k).padStart(8, '0')}`;
            if (k % 997 === 0) {
              sampleCodes.push(code);
              sampleDocuments.push(people[i]!.idNumber);
              sampleNames.push(people[i]!.name);
            }
            return {
              sponsor_id: sponsor.id,
              booking_id: `BK${String(k).padStart(9, '0')}`,
              admission_code: code,
              candidate_id: c.id,
              order_id: orders[i]!.id,
              subject_id: subjectIds[randomInt(rng, 0, subjectIds.length - 1)]!,
              part: 'theory',
              session_id: session.id,
              starts_at: session.startsAt,
              duration_min: 90,
              booked_at: '2026-01-06T02:00:00.000Z',
            };
          }),
        )
        .execute();
    }
    return {
      candidates: opts.count,
      rooms: opts.rooms,
      sessions: sessions.length,
      firstDate: opts.firstDate,
      busiestDate: opts.firstDate,
      sampleCodes,
      sampleDocuments,
      sampleNames,
    };
  });
}
