import type { Transaction } from 'kysely';
import { appendAudit } from '../../audit/audit-log';
import { Ticker } from '../../core/cooperate';
import { DomainError } from '../../core/errors';
import { loadProfiles, profileFor } from '../../rules/profiles';
import type { Insertable } from 'kysely';
import type { AppointmentsTable, DB } from '../../store/schema';
import type { PlannedRow } from './plan';
import { sponsorKey } from './plan';
import type { ReadyRow } from './read-rows';
import { candidateKey, CHUNK, INSERT_CHUNK, resolveCandidates, resolveOrders } from './resolve-people-repo';

export interface ApplyContext {
  centerId: number;
  now: string;
  operatorId: number | null;
}

interface SessionSlot {
  id: number;
  capacity: number;
  used: number;
  room: string;
}

/** Writes planned rows inside the caller's transaction; returns what it created and updated. */
export async function applyImport(
  trx: Transaction<DB>,
  planned: PlannedRow[],
  ctx: ApplyContext,
  report: (done: number, total: number) => void = () => {},
): Promise<{ created: number; updated: number; unchanged: number; rooms: string[] }> {
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
  /** Rooms whose sessions received a booking of this file (issue #15: the import says which it used). */
  const roomsUsed = new Set<string>();

  async function sponsorId(name: string): Promise<number> {
    const hit = sponsors.get(sponsorKey(name));
    if (hit) return hit;
    const code =
      name
        .trim()
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || `sponsor-${sponsors.size + 1}`;
    const row = await trx.insertInto('sponsors').values({ code, name: name.trim() }).returning('id').executeTakeFirstOrThrow();
    sponsors.set(sponsorKey(name), row.id);
    sponsors.set(sponsorKey(code), row.id);
    return row.id;
  }

  const subjectCache = new Map<string, number>();
  const sponsorCodes = new Map<number, string>();
  async function subjectId(sp: number, r: ReadyRow): Promise<number> {
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

  /** A session at the booking's start with a free seat; a new one in the next free room when full. */
  async function sessionFor(r: ReadyRow): Promise<number> {
    let list = slots.get(r.startsAt);
    if (!list) {
      const existing = await trx
        .selectFrom('exam_sessions as es')
        .innerJoin('rooms as rm', 'rm.id', 'es.room_id')
        .where('es.starts_at', '=', r.startsAt)
        .where('rm.center_id', '=', ctx.centerId)
        .select([
          'es.id',
          'es.room_id',
          (eb) =>
            eb
              .selectFrom('appointments as a')
              .whereRef('a.session_id', '=', 'es.id')
              .where('a.state', 'not in', ['cancelled', 'rescheduled'])
              .select((e) => e.fn.countAll<number>().as('n'))
              .as('used'),
        ])
        .orderBy('rm.code')
        .execute();
      list = existing.map((e) => ({ id: e.id, capacity: Number(rooms.find((x) => x.id === e.room_id)?.seats ?? 0), used: Number(e.used ?? 0), room: rooms.find((x) => x.id === e.room_id)?.code ?? '' }));
      slots.set(r.startsAt, list);
    }
    let slot = list.find((s) => s.used < s.capacity);
    if (!slot) {
      // A room is taken when any of its sessions that day overlaps this one (as sessions.create checks).
      const start = Date.parse(r.startsAt);
      const end = start + r.durationMin * 60_000;
      const sameDay = await trx.selectFrom('exam_sessions').select(['room_id', 'starts_at', 'duration_min']).where('local_date', '=', r.examDate).execute();
      const taken = new Set(sameDay.filter((x) => Date.parse(x.starts_at) < end && start < Date.parse(x.starts_at) + x.duration_min * 60_000).map((x) => x.room_id));
      const room = rooms.find((x) => !taken.has(x.id) && Number(x.seats) > 0);
      if (!room)
        throw new DomainError('CONFLICT', `Line ${r.line}: no room is free at ${r.examDate} ${r.startTime} for booking ${r.bookingId}; add a room or a session first.`, {
          key: 'exchange.noRoom',
          params: { line: r.line, date: r.examDate, time: r.startTime, booking: r.bookingId },
        });
      const s = await trx.insertInto('exam_sessions').values({ room_id: room.id, local_date: r.examDate, starts_at: r.startsAt, duration_min: r.durationMin, closed_at: null }).returning('id').executeTakeFirstOrThrow();
      slot = { id: s.id, capacity: Number(room.seats), used: 0, room: room.code };
      list.push(slot);
    }
    slot.used++;
    roomsUsed.add(slot.room);
    return slot.id;
  }

  const toWrite = planned.filter((p) => !(p.existingId !== null && p.changed.length === 0));
  const unchanged = planned.length - toWrite.length;
  // Candidates, orders, then the bookings themselves: three passes over the rows to write.
  const ticker = new Ticker(toWrite.length * 3, report);
  const spOf = new Map<ReadyRow, number>();
  for (const p of toWrite) spOf.set(p.row, await sponsorId(p.row.sponsor));
  const candIds = await resolveCandidates(
    trx,
    toWrite.map((p) => p.row),
    ctx.now,
    ticker,
  );
  const orderIds = await resolveOrders(
    trx,
    toWrite.map((p) => p.row),
    spOf,
    candIds,
    ticker,
  );
  const newIds = toWrite.filter((p) => p.existingId === null).map((p) => p.row.bookingId);
  const usedCodes = new Set<string>();
  for (let i = 0; i < newIds.length; i += CHUNK) {
    await ticker.tick(0);
    for (const a of await trx
      .selectFrom('appointments')
      .select('admission_code')
      .where('admission_code', 'in', newIds.slice(i, i + CHUNK))
      .execute())
      usedCodes.add(a.admission_code);
  }

  let created = 0;
  let updated = 0;
  let pending: Insertable<AppointmentsTable>[] = [];
  const flush = async () => {
    if (pending.length) await trx.insertInto('appointments').values(pending).execute();
    pending = [];
  };
  for (const p of toWrite) {
    await ticker.tick();
    const r = p.row;
    const sp = spOf.get(r)!;
    const subject = await subjectId(sp, r);
    const cand = candIds.get(candidateKey(r))!;
    const order = orderIds.get(`${sp}|${r.orderNo}`)!;
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
      let sponsorCode = sponsorCodes.get(sp);
      if (sponsorCode === undefined) {
        sponsorCode = (await trx.selectFrom('sponsors').select('code').where('id', '=', sp).executeTakeFirstOrThrow()).code;
        sponsorCodes.set(sp, sponsorCode);
      }
      const code = usedCodes.has(r.bookingId) ? `${sponsorCode}-${r.bookingId}` : r.bookingId;
      usedCodes.add(code);
      pending.push({ ...fields, sponsor_id: sp, booking_id: r.bookingId, admission_code: code, session_id: await sessionFor(r) });
      if (pending.length >= INSERT_CHUNK) await flush();
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
  await flush();
  ticker.finish();
  return { created, updated, unchanged, rooms: [...roomsUsed].sort() };
}
