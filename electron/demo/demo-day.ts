import type { Transaction } from 'kysely';
import { mulberry32, pick, randomInt, type Rng } from '../../shared/identity/random';
import { searchKeys } from '../../shared/names/search-keys';
import { addDays } from '../../shared/time/dates';
import { instantOfLocal } from '../../shared/time/zoned';
import { hashPassword } from '../accounts/password';
import { appendAudit } from '../audit/audit-log';
import { documentHash } from '../checkin/document-hash';
import type { Store } from '../store/open';
import type { DB } from '../store/schema';
import { demoPerson } from './demo-people';

export interface DemoOptions {
  /** The exam day, center-local YYYY-MM-DD. */
  date: string;
  seed?: number;
  hashKey: Buffer;
}

export interface DemoSummary {
  date: string;
  center: string;
  rooms: number;
  sessions: number;
  appointments: number;
  candidates: number;
  operators: { username: string; password: string; role: 'manager' | 'proctor' }[];
}

const ZONE = 'Asia/Shanghai';
const CODE_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I: read aloud at the desk

export const DEMO_OPERATORS = [
  { username: 'manager', password: 'demo-manager-1', role: 'manager' as const, displayName: '王经理' },
  { username: 'proctor1', password: 'demo-proctor-1', role: 'proctor' as const, displayName: '李监考' },
  { username: 'proctor2', password: 'demo-proctor-2', role: 'proctor' as const, displayName: '陈监考' },
];

interface SubjectSpec {
  sponsor: 'tencent' | 'ctyun';
  code: string;
  name: string;
  level: string;
  profile: string;
  parts: { part: 'theory' | 'lab' | 'interview'; max: number; pass: number }[];
  lifecycle: [string | null, string | null, string | null];
  priceFen: number;
}

const SUBJECTS: SubjectSpec[] = [
  { sponsor: 'tencent', code: 'TCCA-CLOUD', name: '腾讯云计算工程师认证', level: 'TCCA', profile: 'tencent-test-center', parts: [{ part: 'theory', max: 100, pass: 60 }], lifecycle: ['2025-04-01', null, null], priceFen: 80000 },
  { sponsor: 'tencent', code: 'TCCP-ARCH', name: '腾讯云架构高级工程师认证', level: 'TCCP', profile: 'tencent-test-center', parts: [{ part: 'theory', max: 100, pass: 60 }], lifecycle: ['2025-04-01', null, null], priceFen: 160000 },
  { sponsor: 'tencent', code: 'TCCP-OPS', name: '腾讯云运维高级工程师认证', level: 'TCCP', profile: 'tencent-test-center', parts: [{ part: 'theory', max: 100, pass: 60 }], lifecycle: ['2025-04-01', null, null], priceFen: 160000 },
  { sponsor: 'tencent', code: 'TCCE-CLOUD', name: '腾讯云专家工程师认证', level: 'TCCE', profile: 'tencent-test-center', parts: [{ part: 'theory', max: 100, pass: 60 }, { part: 'lab', max: 100, pass: 70 }, { part: 'interview', max: 100, pass: 70 }], lifecycle: ['2025-04-01', null, null], priceFen: 300000 },
  { sponsor: 'ctyun', code: 'ECA-DEV', name: '天翼云认证开发工程师', level: 'ECA', profile: 'ctyun', parts: [{ part: 'theory', max: 100, pass: 60 }], lifecycle: ['2024-01-01', null, null], priceFen: 120000 },
  { sponsor: 'tencent', code: 'TCCA-BIGDATA', name: '腾讯云大数据工程师认证（旧版）', level: 'TCCA', profile: 'tencent-test-center', parts: [{ part: 'theory', max: 100, pass: 60 }], lifecycle: ['2025-04-01', 'OFFSET:-60', 'OFFSET:-5'], priceFen: 80000 },
  { sponsor: 'tencent', code: 'TCP-PRACT', name: '腾讯云从业者认证', level: 'TCP', profile: 'tencent-practitioner', parts: [{ part: 'theory', max: 100, pass: 70 }], lifecycle: ['2024-05-14', null, null], priceFen: 20000 },
];

interface RoomSpec {
  code: string;
  name: string;
  rows: number;
  cols: number;
  outOfService: string[];
  wheelchair: string[];
  subjects: string[];
  sessions: { time: string; minutes: number }[];
}

const ROOMS: RoomSpec[] = [
  { code: 'A', name: '第一考场', rows: 6, cols: 6, outOfService: ['A05'], wheelchair: ['A01', 'A02'], subjects: ['TCCA-CLOUD', 'TCCP-ARCH', 'TCCP-OPS', 'TCCA-BIGDATA'], sessions: [{ time: '09:00', minutes: 90 }, { time: '13:30', minutes: 120 }] },
  { code: 'B', name: '第二考场', rows: 4, cols: 6, outOfService: [], wheelchair: ['A01'], subjects: ['TCCA-CLOUD', 'TCCP-OPS', 'ECA-DEV'], sessions: [{ time: '09:00', minutes: 90 }, { time: '13:30', minutes: 90 }] },
  { code: 'L', name: '上机考场', rows: 4, cols: 5, outOfService: ['B03'], wheelchair: [], subjects: ['TCCE-CLOUD', 'ECA-DEV'], sessions: [{ time: '09:00', minutes: 120 }, { time: '14:00', minutes: 120 }] },
];

function lifecycleDate(v: string | null, examDate: string): string | null {
  if (v === null || !v.startsWith('OFFSET:')) return v;
  return addDays(examDate, Number(v.slice('OFFSET:'.length)));
}

function admissionCode(rng: Rng): string {
  let s = 'ADM';
  for (let i = 0; i < 8; i++) s += CODE_CHARS[randomInt(rng, 0, CODE_CHARS.length - 1)];
  return s;
}

const seatLabel = (row: number, col: number) => `${String.fromCharCode(64 + row)}${String(col).padStart(2, '0')}`;

/**
 * Fills an empty database with a realistic exam day at a Shenzhen center: three rooms with seat
 * maps, morning and afternoon sessions, about 150 appointments across the sponsor profiles, paid,
 * coupon and redeem-code orders, a few expired orders, retakes and a retired subject. All in one
 * transaction; deterministic for a seed (apart from password salts).
 */
export async function generateDemo(store: Store, opts: DemoOptions): Promise<DemoSummary> {
  const rng = mulberry32(opts.seed ?? 20261205);
  const date = opts.date;
  const at = (daysBefore: number, time = '10:00') => new Date(instantOfLocal(addDays(date, -daysBefore), time, ZONE)).toISOString();
  const createdAt = at(30);
  const passwords = await Promise.all(DEMO_OPERATORS.map((o) => hashPassword(o.password)));

  return store.db.transaction().execute(async (trx: Transaction<DB>) => {
    const existing = await trx.selectFrom('appointments').select('id').limit(1).executeTakeFirst();
    if (existing) throw new Error('This database already has appointments; the demo day goes into a new, empty file.');

    const center = await trx
      .insertInto('centers')
      .values({ code: 'SZ-NS-01', name: '深圳南山考试中心', name_en: 'Shenzhen Nanshan Test Center', time_zone: ZONE, city: '深圳' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const sponsorIds: Record<string, number> = {};
    for (const [code, name] of [['tencent', 'Tencent Cloud'], ['ctyun', 'CTyun']] as const) {
      sponsorIds[code] = (await trx.insertInto('sponsors').values({ code, name }).returning('id').executeTakeFirstOrThrow()).id;
    }
    const subjectIds: Record<string, number> = {};
    for (const s of SUBJECTS) {
      const row = await trx
        .insertInto('subjects')
        .values({
          sponsor_id: sponsorIds[s.sponsor]!,
          code: s.code,
          name: s.name,
          level: s.level,
          profile_id: s.profile,
          on_sale_date: lifecycleDate(s.lifecycle[0], date),
          stop_sale_date: lifecycleDate(s.lifecycle[1], date),
          stop_service_date: lifecycleDate(s.lifecycle[2], date),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      subjectIds[s.code] = row.id;
      for (const p of s.parts) {
        await trx.insertInto('subject_parts').values({ subject_id: row.id, part: p.part, max_score: p.max, pass_score: p.pass }).execute();
      }
    }
    for (const [i, o] of DEMO_OPERATORS.entries()) {
      await trx
        .insertInto('operators')
        .values({ username: o.username, display_name: o.displayName, role: o.role, password_hash: passwords[i]!, created_at: createdAt })
        .execute();
    }

    let person = 0;
    let booking = 0;
    let sessions = 0;
    const codes = new Set<string>();
    for (const room of ROOMS) {
      const r = await trx
        .insertInto('rooms')
        .values({ center_id: center.id, code: room.code, name: room.name, rows: room.rows, cols: room.cols, proctor_row: 0, proctor_col: Math.ceil(room.cols / 2) })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (let row = 1; row <= room.rows; row++) {
        for (let col = 1; col <= room.cols; col++) {
          const label = seatLabel(row, col);
          await trx
            .insertInto('seats')
            .values({ room_id: r.id, label, row, col, status: room.outOfService.includes(label) ? 'out-of-service' : 'ok', wheelchair: room.wheelchair.includes(label) ? 1 : 0 })
            .execute();
        }
      }
      const working = room.rows * room.cols - room.outOfService.length;
      for (const s of room.sessions) {
        const startsAt = new Date(instantOfLocal(date, s.time, ZONE)).toISOString();
        const session = await trx
          .insertInto('exam_sessions')
          .values({ room_id: r.id, local_date: date, starts_at: startsAt, duration_min: s.minutes, closed_at: null })
          .returning('id')
          .executeTakeFirstOrThrow();
        sessions++;
        const booked = working - randomInt(rng, 1, 3);
        for (let k = 0; k < booked; k++) {
          const p = demoPerson(rng, person++);
          const keys = searchKeys(p.name, p.pinyin ?? undefined);
          const cand = await trx
            .insertInto('candidates')
            .values({
              name: p.name,
              pinyin: p.pinyin,
              pinyin_compact: keys.pinyinCompact,
              initials: keys.initials,
              id_type: p.idType,
              id_number: p.idNumber,
              id_last4: p.idNumber.slice(-4),
              id_hash: documentHash(opts.hashKey, p.idNumber),
              phone: p.phone,
              email: p.email,
              created_at: createdAt,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          const subjectCode = pick(rng, room.subjects);
          const subject = SUBJECTS.find((x) => x.code === subjectCode)!;
          const n = ++booking;
          // Order kinds: most paid online; some with a coupon; some by enterprise redeem code;
          // every 40th paid more than 12 months ago, so it has expired (ORD-1).
          const kind = n % 40 === 7 ? 'expired' : rng() < 0.12 ? 'redeem' : rng() < 0.1 ? 'coupon' : 'paid';
          const paidDaysBefore = kind === 'expired' ? randomInt(rng, 370, 420) : randomInt(rng, 12, 200);
          const paidAt = at(paidDaysBefore, `${String(randomInt(rng, 8, 21)).padStart(2, '0')}:${String(randomInt(rng, 0, 59)).padStart(2, '0')}`);
          const coupon = kind === 'coupon' ? { code: `CP${String(n).padStart(6, '0')}`, fen: 10000 } : null;
          const redeem = kind === 'redeem' ? admissionCode(rng).replace('ADM', 'RC') : null;
          const order = await trx
            .insertInto('orders')
            .values({
              sponsor_id: sponsorIds[subject.sponsor]!,
              order_no: `OD${date.replace(/-/g, '').slice(0, 6)}${String(n).padStart(5, '0')}`,
              candidate_id: cand.id,
              paid_at: paidAt,
              amount_fen: redeem ? 0 : subject.priceFen - (coupon?.fen ?? 0),
              coupon_code: coupon?.code ?? null,
              coupon_discount_fen: coupon?.fen ?? 0,
              redeem_code: redeem,
              attempts: subject.profile === 'tencent-practitioner' ? 3 : 1,
              refunded_at: null,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          if (coupon) {
            await trx.insertInto('coupons').values({ code: coupon.code, kind: 'fixed', value: coupon.fen, used_by_order_id: order.id, used_at: paidAt }).execute();
          }
          if (redeem) {
            await trx.insertInto('redeem_codes').values({ code: redeem, order_id: order.id, state: 'bound', candidate_id: cand.id, replaced_by: null, expires_at: null }).execute();
          }
          let code = admissionCode(rng);
          while (codes.has(code)) code = admissionCode(rng);
          codes.add(code);
          const wheelchair = room.wheelchair.length > 0 && n % 37 === 3 ? 1 : 0;
          await trx
            .insertInto('appointments')
            .values({
              sponsor_id: sponsorIds[subject.sponsor]!,
              booking_id: `BK${date.slice(0, 4)}${String(n).padStart(6, '0')}`,
              admission_code: code,
              candidate_id: cand.id,
              order_id: order.id,
              subject_id: subjectIds[subjectCode]!,
              part: subject.parts[0]!.part,
              session_id: session.id,
              starts_at: startsAt,
              duration_min: s.minutes,
              attempt_no: rng() < 0.07 ? 2 : 1,
              wheelchair,
              extra_time_pct: n % 29 === 5 ? 25 : 0,
              booked_at: at(Math.max(3, paidDaysBefore - randomInt(rng, 1, 10))),
            })
            .execute();
        }
      }
    }
    const summary: DemoSummary = {
      date,
      center: 'SZ-NS-01',
      rooms: ROOMS.length,
      sessions,
      appointments: booking,
      candidates: person,
      operators: DEMO_OPERATORS.map(({ username, password, role }) => ({ username, password, role })),
    };
    await appendAudit(trx, {
      at: createdAt,
      operatorId: null,
      action: 'demo.generate',
      subjectType: 'center',
      subjectId: 'SZ-NS-01',
      detail: { date, rooms: summary.rooms, sessions, appointments: booking },
    });
    return summary;
  });
}
