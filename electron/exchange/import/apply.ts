import type { Transaction } from 'kysely';
import { searchKeys } from '../../../shared/names/search-keys';
import { appendAudit } from '../../audit/audit-log';
import { DomainError } from '../../core/errors';
import { loadProfiles, profileFor } from '../../rules/profiles';
import type { DB } from '../../store/schema';
import type { PlannedRow } from './plan';
import { sponsorKey } from './plan';
import type { ImportRow } from './validate-row';

export interface ApplyContext {
  centerId: number;
  now: string;
  operatorId: number | null;
  hashOf(row: ImportRow): string;
}

interface SessionSlot {
  id: number;
  capacity: number;
  used: number;
}

/** Writes planned rows inside the caller's transaction; returns what it created and updated. */
export async function applyImport(trx: Transaction<DB>, planned: PlannedRow[], ctx: ApplyContext): Promise<{ created: number; updated: number; unchanged: number }> {
  const profiles = loadProfiles();
  const sponsors = new Map<string, number>();
  for (const s of await trx.selectFrom('sponsors').select(['id', 'code', 'name']).execute()) {
    sponsors.set(sponsorKey(s.code), s.id);
    sponsors.set(sponsorKey(s.name), s.id);
  }
  const rooms = await trx
    .selectFrom('rooms as r')
    .leftJoin('seats as s', (j) => j.onRef('s.room_id', '=', 'r.id').on('s.status', '=', 'ok'))
    .where('r.center_id', '=', ctx.centerId)
    .groupBy('r.id')
    .select(['r.id', 'r.code', (eb) => eb.fn.count<number>('s.id').as('seats')])
    .orderBy('r.code')
    .execute();
  const slots = new Map<string, SessionSlot[]>();

  async function sponsorId(name: string): Promise<number> {
    const hit = sponsors.get(sponsorKey(name));
    if (hit) return hit;
    const code = name.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || `sponsor-${sponsors.size + 1}`;
    const row = await trx.insertInto('sponsors').values({ code, name: name.trim() }).returning('id').executeTakeFirstOrThrow();
    sponsors.set(sponsorKey(name), row.id);
    sponsors.set(sponsorKey(code), row.id);
    return row.id;
  }

  const subjectCache = new Map<string, number>();
  const sponsorCodes = new Map<number, string>();
  async function subjectId(sp: number, r: ImportRow): Promise<number> {
    const cacheKey = `${sp}|${r.subjectCode}|${r.part}`;
    const cached = subjectCache.get(cacheKey);
    if (cached !== undefined) return cached;
    let s = await trx.selectFrom('subjects').select('id').where('sponsor_id', '=', sp).where('code', '=', r.subjectCode).executeTakeFirst();
    if (!s) {
      s = await trx
        .insertInto('subjects')
        .values({ sponsor_id: sp, code: r.subjectCode, name: r.subjectName, level: r.level, profile_id: r.profile, on_sale_date: null, stop_sale_date: null, stop_service_date: null })
        .returning('id')
        .executeTakeFirstOrThrow();
    }
    const part = await trx.selectFrom('subject_parts').select('id').where('subject_id', '=', s.id).where('part', '=', r.part).executeTakeFirst();
    const mark = profileFor(profiles, r.profile, r.startsAt)?.parameters.results?.passMarks[r.part];
    // Pass marks come from the policy profile (RES-1); a part the profile does not mark gets none.
    if (!part && mark) await trx.insertInto('subject_parts').values({ subject_id: s.id, part: r.part, max_score: mark.max, pass_score: mark.pass }).execute();
    subjectCache.set(cacheKey, s.id);
    return s.id;
  }

  async function candidateId(r: ImportRow): Promise<number> {
    const hash = ctx.hashOf(r);
    const keys = searchKeys(r.name, r.pinyin ?? undefined);
    const values = { name: r.name, pinyin: r.pinyin, pinyin_compact: keys.pinyinCompact, initials: keys.initials, phone: r.phone, email: r.email };
    const found = await trx.selectFrom('candidates').select('id').where('id_hash', '=', hash).where('id_type', '=', r.idType).executeTakeFirst();
    if (found) {
      await trx.updateTable('candidates').set(values).where('id', '=', found.id).execute();
      return found.id;
    }
    const row = await trx
      .insertInto('candidates')
      .values({ ...values, id_type: r.idType, id_number: r.idNumber, id_last4: r.idNumber.slice(-4), id_hash: hash, created_at: ctx.now })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async function orderId(sp: number, cand: number, r: ImportRow): Promise<number> {
    const values = { paid_at: r.paidAt, amount_fen: r.amountFen, coupon_code: r.couponCode, coupon_discount_fen: r.couponDiscountFen, redeem_code: r.redeemCode, candidate_id: cand };
    const found = await trx.selectFrom('orders').select('id').where('sponsor_id', '=', sp).where('order_no', '=', r.orderNo).executeTakeFirst();
    if (found) {
      await trx.updateTable('orders').set(values).where('id', '=', found.id).execute();
      return found.id;
    }
    const row = await trx.insertInto('orders').values({ ...values, sponsor_id: sp, order_no: r.orderNo, refunded_at: null }).returning('id').executeTakeFirstOrThrow();
    return row.id;
  }

  /** A session at the booking's start with a free seat; a new one in the next free room when full. */
  async function sessionFor(r: ImportRow): Promise<number> {
    let list = slots.get(r.startsAt);
    if (!list) {
      const existing = await trx
        .selectFrom('exam_sessions as es')
        .innerJoin('rooms as rm', 'rm.id', 'es.room_id')
        .where('es.starts_at', '=', r.startsAt)
        .where('rm.center_id', '=', ctx.centerId)
        .select(['es.id', 'es.room_id', (eb) => eb.selectFrom('appointments as a').whereRef('a.session_id', '=', 'es.id').where('a.state', 'not in', ['cancelled', 'rescheduled']).select((e) => e.fn.countAll<number>().as('n')).as('used')])
        .orderBy('rm.code')
        .execute();
      list = existing.map((e) => ({ id: e.id, capacity: Number(rooms.find((x) => x.id === e.room_id)?.seats ?? 0), used: Number(e.used ?? 0) }));
      slots.set(r.startsAt, list);
    }
    let slot = list.find((s) => s.used < s.capacity);
    if (!slot) {
      const taken = new Set(
        (await trx.selectFrom('exam_sessions').select('room_id').where('starts_at', '=', r.startsAt).execute()).map((x) => x.room_id),
      );
      const room = rooms.find((x) => !taken.has(x.id) && Number(x.seats) > 0);
      if (!room) throw new DomainError('CONFLICT', `Line ${r.line}: no room is free at ${r.examDate} ${r.startTime} for booking ${r.bookingId}; add a room or a session first.`);
      const s = await trx
        .insertInto('exam_sessions')
        .values({ room_id: room.id, local_date: r.examDate, starts_at: r.startsAt, duration_min: r.durationMin, closed_at: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      slot = { id: s.id, capacity: Number(room.seats), used: 0 };
      list.push(slot);
    }
    slot.used++;
    return slot.id;
  }

  let created = 0;
  let updated = 0;
  let unchanged = 0;
  for (const p of planned) {
    const r = p.row;
    if (p.existingId !== null && p.changed.length === 0) {
      unchanged++;
      continue;
    }
    const sp = await sponsorId(r.sponsor);
    const subject = await subjectId(sp, r);
    const cand = await candidateId(r);
    const order = await orderId(sp, cand, r);
    const fields = {
      candidate_id: cand,
      order_id: order,
      subject_id: subject,
      part: r.part,
      starts_at: r.startsAt,
      duration_min: r.durationMin,
      attempt_no: r.attemptNo,
      wheelchair: r.wheelchair ? 1 : 0,
      extra_time_pct: r.extraTimePct,
      booked_at: r.bookedAt,
    };
    if (p.existingId === null) {
      const taken = await trx.selectFrom('appointments').select('id').where('admission_code', '=', r.bookingId).executeTakeFirst();
      let sponsorCode = sponsorCodes.get(sp);
      if (sponsorCode === undefined) {
        sponsorCode = (await trx.selectFrom('sponsors').select('code').where('id', '=', sp).executeTakeFirstOrThrow()).code;
        sponsorCodes.set(sp, sponsorCode);
      }
      await trx
        .insertInto('appointments')
        .values({ ...fields, sponsor_id: sp, booking_id: r.bookingId, admission_code: taken ? `${sponsorCode}-${r.bookingId}` : r.bookingId, session_id: await sessionFor(r) })
        .execute();
      created++;
      continue;
    }
    const moved = p.changed.includes('exam_date/start_time');
    if (moved) await trx.deleteFrom('seat_assignments').where('appointment_id', '=', p.existingId).execute();
    await trx
      .updateTable('appointments')
      .set(moved ? { ...fields, session_id: await sessionFor(r) } : fields)
      .where('id', '=', p.existingId)
      .execute();
    await appendAudit(trx, { at: ctx.now, operatorId: ctx.operatorId, action: 'import.update', subjectType: 'appointment', subjectId: p.existingId, detail: { bookingId: r.bookingId, changed: p.changed, line: r.line } });
    updated++;
  }
  return { created, updated, unchanged };
}
