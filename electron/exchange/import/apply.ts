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
import {
  allSponsors,
  findSubject,
  findSubjectPart,
  insertAppointments,
  insertSession,
  insertSponsor,
  insertSubject,
  insertSubjectPart,
  removeSeatAssignment,
  roomsWithSeats,
  sessionsOnDay,
  sessionsStartingAt,
  sponsorCodeOf,
  takenAdmissionCodes,
  updateAppointment,
} from './apply-repo';
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
  for (const s of await allSponsors(trx)) {
    sponsors.set(sponsorKey(s.code), s.id);
    sponsors.set(sponsorKey(s.name), s.id);
  }
  const rooms = await roomsWithSeats(trx, ctx.centerId);
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
    const id = await insertSponsor(trx, code, name.trim());
    sponsors.set(sponsorKey(name), id);
    sponsors.set(sponsorKey(code), id);
    return id;
  }

  const subjectCache = new Map<string, number>();
  const sponsorCodes = new Map<number, string>();
  async function subjectId(sp: number, r: ReadyRow): Promise<number> {
    const cacheKey = `${sp}|${r.subjectCode}|${r.part}`;
    const cached = subjectCache.get(cacheKey);
    if (cached !== undefined) return cached;
    let s = await findSubject(trx, sp, r.subjectCode);
    if (!s) {
      s = await insertSubject(trx, { sponsor_id: sp, code: r.subjectCode, name: r.subjectName, level: r.level, profile_id: r.profile, on_sale_date: null, stop_sale_date: null, stop_service_date: null });
    }
    const part = await findSubjectPart(trx, s.id, r.part);
    const mark = profileFor(profiles, r.profile, r.startsAt)?.parameters.results?.passMarks[r.part];
    // Pass marks come from the policy profile (RES-1); a part the profile does not mark gets none.
    if (!part && mark) await insertSubjectPart(trx, s.id, r.part, mark);
    subjectCache.set(cacheKey, s.id);
    return s.id;
  }

  /** A session at the booking's start with a free seat; a new one in the next free room when full. */
  async function sessionFor(r: ReadyRow): Promise<number> {
    let list = slots.get(r.startsAt);
    if (!list) {
      const existing = await sessionsStartingAt(trx, r.startsAt, ctx.centerId);
      list = existing.map((e) => ({ id: e.id, capacity: Number(rooms.find((x) => x.id === e.room_id)?.seats ?? 0), used: Number(e.used ?? 0), room: rooms.find((x) => x.id === e.room_id)?.code ?? '' }));
      slots.set(r.startsAt, list);
    }
    let slot = list.find((s) => s.used < s.capacity);
    if (!slot) {
      // A room is taken when any of its sessions that day overlaps this one (as sessions.create checks).
      const start = Date.parse(r.startsAt);
      const end = start + r.durationMin * 60_000;
      const sameDay = await sessionsOnDay(trx, r.examDate);
      const taken = new Set(sameDay.filter((x) => Date.parse(x.starts_at) < end && start < Date.parse(x.starts_at) + x.duration_min * 60_000).map((x) => x.room_id));
      const room = rooms.find((x) => !taken.has(x.id) && Number(x.seats) > 0);
      if (!room)
        throw new DomainError('CONFLICT', `Line ${r.line}: no room is free at ${r.examDate} ${r.startTime} for booking ${r.bookingId}; add a room or a session first.`, {
          key: 'exchange.noRoom',
          params: { line: r.line, date: r.examDate, time: r.startTime, booking: r.bookingId },
        });
      const id = await insertSession(trx, { room_id: room.id, local_date: r.examDate, starts_at: r.startsAt, duration_min: r.durationMin, closed_at: null });
      slot = { id, capacity: Number(room.seats), used: 0, room: room.code };
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
    for (const code of await takenAdmissionCodes(trx, newIds.slice(i, i + CHUNK))) usedCodes.add(code);
  }

  let created = 0;
  let updated = 0;
  let pending: Insertable<AppointmentsTable>[] = [];
  const flush = async () => {
    if (pending.length) await insertAppointments(trx, pending);
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
        sponsorCode = await sponsorCodeOf(trx, sp);
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
    if (moved) await removeSeatAssignment(trx, p.existingId);
    await updateAppointment(trx, p.existingId, moved ? { ...fields, session_id: await sessionFor(r) } : fields);
    await appendAudit(trx, { at: ctx.now, operatorId: ctx.operatorId, action: 'import.update', subjectType: 'appointment', subjectId: p.existingId, detail: { bookingId: r.bookingId, changed: p.changed, line: r.line } });
    updated++;
  }
  await flush();
  ticker.finish();
  return { created, updated, unchanged, rooms: [...roomsUsed].sort() };
}
