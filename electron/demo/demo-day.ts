import type { Transaction } from 'kysely';
import { validateDocument } from '../../shared/identity/permits';
import { mulberry32 } from '../../shared/identity/random';
import { searchKeys } from '../../shared/names/search-keys';
import { addDays } from '../../shared/time/dates';
import { instantOfLocal } from '../../shared/time/zoned';
import { hashPassword } from '../accounts/password';
import { appendAudit } from '../audit/audit-log';
import { documentHash } from '../checkin/document-hash';
import type { Store } from '../store/open';
import type { DB } from '../store/schema';
import type { Db } from '../store/db';
import { DEMO_CENTER, DEMO_DEFAULT_SEED, DEMO_OPERATORS, DEMO_ROOMS, DEMO_SPONSORS, DEMO_SUBJECTS, DEMO_ZONE, lifecycleOf, seatLabel } from './demo-catalogue';
import {
  insertAppointmentRow,
  insertCandidate,
  insertCenter,
  insertCoupon,
  insertExamSession,
  insertOperator,
  insertOrder,
  insertRedeemCode,
  insertRoom,
  insertSeats,
  insertSponsor,
  insertSubject,
  insertSubjectParts,
  tableHasRows,
  upsertSetting,
} from './demo-day-repo';
import { planDemoDay, type AppointmentPlan } from './demo-plan';

export { DEMO_OPERATORS } from './demo-catalogue';

export interface DemoOptions {
  /** The exam day, center-local YYYY-MM-DD. */
  date: string;
  /** PRNG seed; default 20261205. */
  seed?: number;
  /** The desk's document-hash key (candidates.id_hash). */
  hashKey: Buffer;
  /**
   * When the data reached the desk (created_at of candidates and operators, the audit entry).
   * Default: 18:00 center time three days before the exam, after the last booking.
   */
  createdAt?: string;
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

/** The refusal when the file already holds data: the demo only fills a new, empty database. */
async function assertEmpty(db: Db): Promise<void> {
  const has = (table: 'appointments' | 'centers' | 'candidates' | 'operators') => tableHasRows(db, table);
  if (await has('appointments')) {
    throw new Error('This database already has appointments; the demo day goes into a new, empty file (choose another --db path).');
  }
  for (const table of ['centers', 'candidates', 'operators'] as const) {
    if (await has(table)) {
      throw new Error(`This database is not empty (it already has ${table}); the demo day goes into a new, empty file (choose another --db path).`);
    }
  }
}

/**
 * Fills an empty database with a realistic exam day at a Shenzhen center: three rooms with seat
 * maps, morning and afternoon sessions, about 150 appointments across the sponsor profiles, paid,
 * coupon and redeem-code orders, a few expired orders, retakes and a retired subject. All in one
 * transaction; deterministic for a seed and date (apart from the password salts).
 */
export async function generateDemo(store: Pick<Store, 'db'>, opts: DemoOptions): Promise<DemoSummary> {
  const { date } = opts;
  const seed = opts.seed ?? DEMO_DEFAULT_SEED;
  const createdAt = opts.createdAt ?? new Date(instantOfLocal(addDays(date, -3), '18:00', DEMO_ZONE)).toISOString();
  await assertEmpty(store.db); // fail fast, before the slow password hashing
  const plan = planDemoDay(mulberry32(seed), date);
  const passwords = await Promise.all(DEMO_OPERATORS.map((o) => hashPassword(o.password)));

  return store.db.transaction().execute(async (trx) => {
    await assertEmpty(trx);
    const settings = { 'center.code': DEMO_CENTER.code, 'demo.date': date, 'demo.seed': String(seed) };
    for (const [key, value] of Object.entries(settings)) {
      await upsertSetting(trx, key, value);
    }

    const centerId = await insertCenter(trx, { code: DEMO_CENTER.code, name: DEMO_CENTER.name, name_en: DEMO_CENTER.nameEn, time_zone: DEMO_CENTER.timeZone, city: DEMO_CENTER.city });
    const sponsorIds = new Map<string, number>();
    for (const s of DEMO_SPONSORS) {
      sponsorIds.set(s.code, await insertSponsor(trx, s));
    }
    const subjectIds = new Map<string, number>();
    for (const s of DEMO_SUBJECTS) {
      const life = lifecycleOf(s, date);
      const subjectId = await insertSubject(trx, {
        sponsor_id: sponsorIds.get(s.sponsor)!,
        code: s.code,
        name: s.name,
        level: s.level,
        profile_id: s.profile,
        on_sale_date: life.onSale,
        stop_sale_date: life.stopSale,
        stop_service_date: life.stopService,
      });
      subjectIds.set(s.code, subjectId);
      await insertSubjectParts(
        trx,
        s.parts.map((p) => ({ subject_id: subjectId, part: p.part, max_score: p.max, pass_score: p.pass })),
      );
    }
    for (const [i, o] of DEMO_OPERATORS.entries()) {
      await insertOperator(trx, { username: o.username, display_name: o.displayName, role: o.role, password_hash: passwords[i]!, created_at: createdAt });
    }

    const roomIds = new Map<string, number>();
    for (const room of DEMO_ROOMS) {
      const roomId = await insertRoom(trx, { center_id: centerId, code: room.code, name: room.name, rows: room.rows, cols: room.cols, proctor_row: room.proctor[0], proctor_col: room.proctor[1] });
      roomIds.set(room.code, roomId);
      const seats = [];
      for (let row = 1; row <= room.rows; row++) {
        for (let col = 1; col <= room.cols; col++) {
          const label = seatLabel(row, col);
          seats.push({
            room_id: roomId,
            label,
            row,
            col,
            status: room.outOfService.includes(label) ? ('out-of-service' as const) : ('ok' as const),
            wheelchair: room.wheelchair.includes(label) ? 1 : 0,
          });
        }
      }
      await insertSeats(trx, seats);
    }

    let appointments = 0;
    for (const s of plan) {
      const sessionId = await insertExamSession(trx, { room_id: roomIds.get(s.room.code)!, local_date: date, starts_at: s.startsAt, duration_min: s.durationMin, closed_at: null });
      for (const a of s.appointments) {
        await insertAppointment(trx, a, {
          sessionId,
          sponsorId: sponsorIds.get(a.subject.sponsor)!,
          subjectId: subjectIds.get(a.subject.code)!,
          hashKey: opts.hashKey,
          createdAt,
        });
        appointments++;
      }
    }

    const summary: DemoSummary = {
      date,
      center: DEMO_CENTER.code,
      rooms: DEMO_ROOMS.length,
      sessions: plan.length,
      appointments,
      candidates: appointments,
      operators: DEMO_OPERATORS.map(({ username, password, role }) => ({ username, password, role })),
    };
    const orders = plan.flatMap((s) => s.appointments.map((a) => a.order));
    await appendAudit(trx, {
      at: createdAt,
      operatorId: null,
      action: 'demo.generate',
      subjectType: 'center',
      subjectId: DEMO_CENTER.code,
      detail: {
        date,
        seed,
        rooms: summary.rooms,
        sessions: summary.sessions,
        appointments,
        candidates: appointments,
        operators: DEMO_OPERATORS.length,
        orders: orders.length,
        coupons: orders.filter((o) => o.coupon).length,
        redeemCodes: orders.filter((o) => o.redeem).length,
        expiredOrders: orders.filter((o) => o.kind === 'expired' || o.kind === 'expired-6m').length,
      },
    });
    return summary;
  });
}

async function insertAppointment(trx: Transaction<DB>, a: AppointmentPlan, ids: { sessionId: number; sponsorId: number; subjectId: number; hashKey: Buffer; createdAt: string }): Promise<void> {
  const p = a.person;
  const doc = validateDocument(p.idType, p.idNumber);
  if (!doc.ok) throw new Error(`demo: generated ${p.idType} number is not valid`);
  const keys = searchKeys(p.name, p.pinyin ?? undefined);
  const candidateId = await insertCandidate(trx, {
    name: p.name,
    pinyin: p.pinyin,
    pinyin_compact: keys.pinyinCompact,
    initials: keys.initials,
    id_type: p.idType,
    id_number: p.idNumber,
    id_last4: p.idNumber.slice(-4),
    id_hash: documentHash(ids.hashKey, doc.normalized),
    phone: p.phone,
    email: p.email,
    created_at: ids.createdAt,
    purged_at: null,
  });
  const o = a.order;
  const orderId = await insertOrder(trx, {
    sponsor_id: ids.sponsorId,
    order_no: o.orderNo,
    candidate_id: candidateId,
    paid_at: o.paidAt,
    amount_fen: o.amountFen,
    coupon_code: o.coupon?.code ?? null,
    coupon_discount_fen: o.coupon?.discountFen ?? 0,
    redeem_code: o.redeem?.code ?? null,
    attempts: o.attempts,
    refunded_at: null,
  });
  if (o.coupon) {
    await insertCoupon(trx, { code: o.coupon.code, kind: o.coupon.kind, value: o.coupon.value, used_by_order_id: orderId, used_at: o.paidAt });
  }
  if (o.redeem) {
    await insertRedeemCode(trx, { code: o.redeem.code, order_id: orderId, state: 'bound', candidate_id: candidateId, replaced_by: null, expires_at: o.redeem.expiresAt });
  }
  await insertAppointmentRow(trx, {
    sponsor_id: ids.sponsorId,
    booking_id: a.bookingId,
    admission_code: a.admissionCode,
    candidate_id: candidateId,
    order_id: orderId,
    subject_id: ids.subjectId,
    part: a.subject.parts[0]!.part,
    session_id: ids.sessionId,
    starts_at: a.startsAt,
    duration_min: a.durationMin,
    state: 'booked',
    attempt_no: a.attemptNo,
    wheelchair: a.wheelchair ? 1 : 0,
    extra_time_pct: a.extraTimePct,
    booked_at: a.bookedAt,
  });
}
