/**
 * A desk for the check-in tests: a real SQLite file filled with the demo day, a registry with the
 * checkin, idlog and accounts channels (the lead wires them into the app's registry), the demo
 * operators signed in by role, and a settable clock.
 */
import { join } from 'node:path';
import { accountsContract } from '../../shared/accounts/contract';
import { checkinContract } from '../../shared/checkin/contract';
import { cnIdCheckDigit } from '../../shared/identity/cn-id';
import { idlogContract } from '../../shared/idlog/contract';
import { composeContract } from '../../shared/ipc/compose';
import type { IpcResult } from '../../shared/ipc/result';
import { searchKeys } from '../../shared/names/search-keys';
import { localDateOf } from '../../shared/time/zoned';
import { accountsHandlers } from '../../electron/accounts/handlers';
import { findByUsername, toInfo } from '../../electron/accounts/operators-repo';
import type { DecideFn } from '../../electron/checkin/admission';
import { documentHash } from '../../electron/checkin/document-hash';
import { createCheckinHandlers } from '../../electron/checkin/handlers';
import { manualClock } from '../../electron/core/clock';
import type { Core } from '../../electron/core/context';
import { createCore } from '../../electron/app/create-core';
import { Registry } from '../../electron/core/registry';
import type { Caller } from '../../electron/core/session';
import { generateDemo } from '../../electron/demo/generate';
import { idlogHandlers } from '../../electron/idlog/handlers';

export const ZONE = 'Asia/Shanghai';
/** The demo day used by these tests; its morning sessions start at 09:00 (01:00Z). */
export const DAY = '2026-12-05';
export const NINE = '2026-12-05T01:00:00.000Z';
/** DAY-1: the last admissible arrival for a 09:00 start, 08:30 center time. */
export const LATEST = '2026-12-05T00:30:00.000Z';

export function checkinContractForTests() {
  return composeContract(checkinContract, idlogContract, accountsContract);
}

export type CheckinRegistry = Registry<ReturnType<typeof checkinContractForTests>>;

export interface CheckinDesk {
  core: Core;
  registry: CheckinRegistry;
  clock: ReturnType<typeof manualClock>;
  /** A caller signed in as the demo manager (王经理) or proctor (李监考 / 陈监考). */
  as(who: 'manager' | 'proctor1' | 'proctor2'): Promise<Caller>;
  /** Invokes a channel and returns the value; throws with the error code when it fails. */
  call<T = any>(name: string, payload: unknown, caller: Caller): Promise<T>;
  invoke(name: string, payload: unknown, caller: Caller): Promise<IpcResult<any>>;
  close(): Promise<void>;
}

export async function openCheckinDesk(dir: string, start = new Date('2026-12-05T00:00:00Z'), opts: { decide?: DecideFn; demo?: boolean } = {}): Promise<CheckinDesk> {
  const clock = manualClock(start);
  const core = await createCore(join(dir, 'desk.sqlite'), { clock });
  if (opts.demo !== false) await generateDemo(core.store, { date: localDateOf(start.getTime(), ZONE), hashKey: core.hashKey });
  const registry = new Registry(checkinContractForTests(), core, () => {});
  registry.registerAll(accountsHandlers);
  registry.registerAll(createCheckinHandlers(opts.decide ? { decide: opts.decide } : {}));
  registry.registerAll(idlogHandlers);
  registry.assertComplete();
  let n = 0;
  const invoke = (name: string, payload: unknown, caller: Caller) => registry.invoke(name, payload, caller);
  return {
    core,
    registry,
    clock,
    async as(who) {
      const op = await findByUsername(core.store.db, who);
      if (!op) throw new Error(`no demo operator ${who}`);
      const caller: Caller = { transport: 'test', clientId: `test-${++n}`, desk: `desk-${who}` };
      core.sessions.signIn(caller.clientId, toInfo(op));
      return caller;
    },
    invoke,
    async call(name, payload, caller) {
      const r = await invoke(name, payload, caller);
      if (!r.ok) throw Object.assign(new Error(`${name}: ${r.error.code} ${r.error.message}`), { code: r.error.code });
      return r.value as never;
    },
    close: () => core.store.close(),
  };
}

/** A valid mainland ID number (GB 11643 check digit) from 17 digits. */
export function cnId(first17: string): string {
  return first17 + cnIdCheckDigit(first17);
}

export interface Extra {
  appointmentId: number;
  candidateId: number;
  sessionId: number;
  admissionCode: string;
  bookingId: string;
  idNumber: string;
}

/**
 * Adds one known candidate to a demo session (room A, 09:00 by default), with a seat when asked.
 * The demo's people are random; these tests need names and numbers they can type.
 */
export async function addCandidate(
  desk: CheckinDesk,
  o: {
    name?: string;
    pinyin?: string | null;
    idNumber?: string;
    idType?: string;
    admissionCode?: string;
    bookingId?: string;
    startsAt?: string;
    seat?: string;
    subjectCode?: string;
    paidAt?: string;
  } = {},
): Promise<Extra> {
  const db = desk.core.store.db;
  const name = o.name ?? '张伟';
  const pinyin = o.pinyin === undefined ? 'Zhang Wei' : o.pinyin;
  const idNumber = o.idNumber ?? cnId('11010119900307757');
  const startsAt = o.startsAt ?? NINE;
  const keys = searchKeys(name, pinyin ?? undefined);
  const room = await db.selectFrom('rooms').select(['id']).where('code', '=', 'A').executeTakeFirstOrThrow();
  const existing = await db.selectFrom('exam_sessions').select('id').where('room_id', '=', room.id).where('starts_at', '=', startsAt).executeTakeFirst();
  const session =
    existing ??
    (await db
      .insertInto('exam_sessions')
      .values({ room_id: room.id, local_date: localDateOf(Date.parse(startsAt), ZONE), starts_at: startsAt, duration_min: 90, closed_at: null })
      .returning('id')
      .executeTakeFirstOrThrow());
  const subject = await db
    .selectFrom('subjects')
    .select(['id', 'sponsor_id'])
    .where('code', '=', o.subjectCode ?? 'TCCA-CLOUD')
    .executeTakeFirstOrThrow();
  const n =
    Number(
      (
        await db
          .selectFrom('appointments')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ) + 1;
  const cand = await db
    .insertInto('candidates')
    .values({
      name,
      pinyin,
      pinyin_compact: keys.pinyinCompact,
      initials: keys.initials,
      id_type: o.idType ?? 'CN_ID',
      id_number: idNumber,
      id_last4: idNumber.slice(-4),
      id_hash: documentHash(desk.core.hashKey, idNumber),
      phone: null,
      email: null,
      created_at: '2026-11-01T00:00:00.000Z',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const order = await db
    .insertInto('orders')
    .values({
      sponsor_id: subject.sponsor_id,
      order_no: `ODTEST${n}`,
      candidate_id: cand.id,
      paid_at: o.paidAt ?? '2026-10-01T02:00:00.000Z',
      amount_fen: 80000,
      coupon_code: null,
      redeem_code: null,
      refunded_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const admissionCode = o.admissionCode ?? `ADMTEST${String(n).padStart(4, '0')}`;
  const bookingId = o.bookingId ?? `BK9999${String(n).padStart(6, '0')}`;
  const appt = await db
    .insertInto('appointments')
    .values({
      sponsor_id: subject.sponsor_id,
      booking_id: bookingId,
      admission_code: admissionCode,
      candidate_id: cand.id,
      order_id: order.id,
      subject_id: subject.id,
      part: 'theory',
      session_id: session.id,
      starts_at: startsAt,
      duration_min: 90,
      booked_at: '2026-10-02T02:00:00.000Z',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (o.seat) {
    const seat = await db.selectFrom('seats').select('id').where('room_id', '=', room.id).where('label', '=', o.seat).executeTakeFirstOrThrow();
    await db.insertInto('seat_assignments').values({ session_id: session.id, appointment_id: appt.id, seat_id: seat.id, seed: null, reason: null, assigned_at: '2026-12-04T10:00:00.000Z' }).execute();
  }
  return { appointmentId: appt.id, candidateId: cand.id, sessionId: session.id, admissionCode, bookingId, idNumber };
}

/** The identity-check form as a proctor fills it for a passing mainland ID. */
export function passingCheck(x: Extra, over: Record<string, unknown> = {}) {
  return {
    appointmentId: x.appointmentId,
    documentType: 'CN_ID',
    documentNumber: x.idNumber,
    expiryDate: '2030-01-01',
    originalPresented: true,
    nameOnDocument: '张伟',
    photoMatches: true,
    staffCheck: 'pass',
    ...over,
  };
}

/** Every text the database holds in the log tables, for "no full number" searches. */
export function logText(desk: CheckinDesk): string {
  const rows = [...desk.core.store.sqlite.prepare('select * from id_checks').all(), ...desk.core.store.sqlite.prepare('select * from audit_log').all()];
  return JSON.stringify(rows);
}
