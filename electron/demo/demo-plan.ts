/**
 * The demo day as plain data, before anything is written: who sits in which session, for which
 * subject, on which order. Every choice comes from the seeded Rng, in a fixed order, so a seed and
 * a date always give the same plan.
 */
import { pick, randomInt, type Rng } from '../../shared/identity/random';
import { addDays } from '../../shared/time/dates';
import { addCalendarMonths, instantOfLocal, localDateOf } from '../../shared/time/zoned';
import { DEMO_ROOMS, DEMO_ZONE, lifecycleOf, sessionMinutes, subjectByCode, workingSeats, workingWheelchairSeats, type DemoRoom, type DemoSession, type DemoSubject } from './demo-catalogue';
import { DemoCodes } from './demo-codes';
import { demoPerson, type DemoPerson } from './demo-people';

/**
 * How the order was paid. `expired` was paid more than 12 months before the exam; `expired-6m`
 * was booked before it was paid, so it is valid 6 months from payment, and that too has passed
 * (ORD-1).
 */
export type DemoOrderKind = 'paid' | 'coupon' | 'redeem' | 'expired' | 'expired-6m';

export interface OrderPlan {
  kind: DemoOrderKind;
  orderNo: string;
  paidAt: string;
  /** What the candidate paid, fen: list price minus the coupon; 0 for a redeem code. */
  amountFen: number;
  attempts: number;
  coupon: { code: string; kind: 'fixed' | 'percent'; value: number; discountFen: number } | null;
  redeem: { code: string; expiresAt: string } | null;
}

export interface AppointmentPlan {
  subject: DemoSubject;
  person: DemoPerson;
  order: OrderPlan;
  bookingId: string;
  admissionCode: string;
  bookedAt: string;
  startsAt: string;
  durationMin: number;
  attemptNo: number;
  wheelchair: boolean;
  extraTimePct: number;
}

export interface SessionPlan {
  room: DemoRoom;
  startsAt: string;
  durationMin: number;
  appointments: AppointmentPlan[];
}

const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();
const local = (date: string, time: string) => instantOfLocal(date, time, DEMO_ZONE);
/** A payment or booking time of day, 08:00 to 22:59. */
const daytime = (rng: Rng) => {
  const m = randomInt(rng, 8 * 60, 22 * 60 + 59);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(rng, 0, i);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function sessionSubjects(rng: Rng, spec: DemoSession, seats: number): string[] {
  const out: string[] = [];
  for (const [code, count] of spec.fixed ?? []) for (let i = 0; i < count; i++) out.push(code);
  const total = spec.mix.reduce((t, [, w]) => t + w, 0);
  while (out.length < seats) {
    let r = rng() * total;
    const hit = spec.mix.find(([, w]) => (r -= w) < 0) ?? spec.mix[spec.mix.length - 1]!;
    out.push(hit[0]);
  }
  return shuffle(rng, out.slice(0, seats));
}

interface Slot {
  room: DemoRoom;
  session: number;
  afternoon: boolean;
  subject: DemoSubject;
  wheelchair: boolean;
  extraTime: boolean;
}

function couponFor(rng: Rng, codes: DemoCodes, priceFen: number): NonNullable<OrderPlan['coupon']> {
  // PAY-6: a percentage coupon leaves floor(price * (100 - p) / 100); a fixed one max(0, price - value).
  if (rng() < 0.5) {
    const value = pick(rng, [10000, 20000]);
    return { code: codes.coupon(), kind: 'fixed', value, discountFen: Math.min(priceFen, value) };
  }
  const value = pick(rng, [10, 20]);
  return { code: codes.coupon(), kind: 'percent', value, discountFen: priceFen - Math.floor((priceFen * (100 - value)) / 100) };
}

/** Payment and booking instants of one appointment, by the kind of its order. */
function timeline(rng: Rng, kind: DemoOrderKind, subject: DemoSubject, date: string): { paid: number; booked: number } {
  const life = lifecycleOf(subject, date);
  let latestBooking = local(addDays(date, -4), '22:00');
  if (kind === 'expired') {
    const paid = local(addDays(date, -randomInt(rng, 375, 430)), daytime(rng));
    return { paid, booked: paid + randomInt(rng, 60, 10 * 1440) * MINUTE };
  }
  if (kind === 'expired-6m') {
    const booked = local(addDays(date, -randomInt(rng, 205, 230)), daytime(rng));
    return { booked, paid: booked + randomInt(rng, 60, 3 * 1440) * MINUTE };
  }
  let paid: number;
  if (life.stopSale && life.stopService) {
    // CAT-4: bought before the stop-sale date, booked before the stop-service date.
    paid = local(addDays(life.stopSale, -randomInt(rng, 1, 150)), daytime(rng));
    latestBooking = Math.min(latestBooking, local(addDays(life.stopService, -1), '22:00'));
  } else {
    paid = local(addDays(date, -randomInt(rng, 14, 200)), daytime(rng));
  }
  const span = Math.floor((latestBooking - paid) / MINUTE);
  return { paid, booked: paid + randomInt(rng, Math.min(60, span), Math.min(20 * 1440, span)) * MINUTE };
}

/** Plans the day: about 150 appointments over the rooms' morning and afternoon sessions. */
export function planDemoDay(rng: Rng, date: string): SessionPlan[] {
  const codes = new DemoCodes(rng, date.slice(0, 4));

  // 1. Who sits where: every session leaves 1 to 3 working seats free.
  const slots: Slot[] = [];
  const sessions: SessionPlan[] = [];
  for (const room of DEMO_ROOMS) {
    for (const spec of room.sessions) {
      const wheelchair = spec.wheelchair ?? 0;
      if (wheelchair > workingWheelchairSeats(room)) throw new Error(`demo: room ${room.code} has too few wheelchair seats`);
      const subjects = sessionSubjects(rng, spec, workingSeats(room) - randomInt(rng, 1, 3));
      subjects.forEach((code, k) =>
        slots.push({
          room,
          session: sessions.length,
          afternoon: spec.time >= '12:00',
          subject: subjectByCode(code),
          wheelchair: k < wheelchair,
          extraTime: k >= wheelchair && k < wheelchair + (spec.extraTime ?? 0),
        }),
      );
      sessions.push({ room, startsAt: iso(local(date, spec.time)), durationMin: sessionMinutes(spec), appointments: [] });
    }
  }

  // 2. The special cases, always present: one passport holder (a CTyun booking, as in the sample
  // roster), three orders paid more than 12 months ago and one booked before payment 7 months ago.
  const indexes = (ok: (s: Slot) => boolean) => slots.flatMap((s, i) => (ok(s) ? [i] : []));
  const passport = pick(
    rng,
    indexes((s) => s.subject.code === 'ECA-DEV'),
  );
  const ordinary = (s: Slot) => !s.subject.retired && s.subject.profile !== 'tencent-practitioner';
  const expired = new Map<number, DemoOrderKind>();
  const pool = indexes(ordinary).filter((i) => i !== passport);
  while (expired.size < 3) expired.set(pick(rng, pool), 'expired');
  const afternoon = pool.filter((i) => !expired.has(i) && slots[i]!.afternoon);
  expired.set(pick(rng, afternoon), 'expired-6m');

  // 3. People, orders and bookings, slot by slot.
  for (const [i, slot] of slots.entries()) {
    const { subject } = slot;
    const session = sessions[slot.session]!;
    const person = demoPerson(rng, i, i === passport);
    const roll = rng();
    const kind: DemoOrderKind = expired.get(i) ?? (roll < 0.12 && subject.profile !== 'tencent-practitioner' ? 'redeem' : roll < 0.22 ? 'coupon' : 'paid');
    const { paid, booked } = timeline(rng, kind, subject, date);
    const coupon = kind === 'coupon' ? couponFor(rng, codes, subject.priceFen) : null;
    const redeem = kind === 'redeem' ? { code: codes.redeem(), expiresAt: iso(addCalendarMonths(paid, 12, DEMO_ZONE)) } : null;
    session.appointments.push({
      subject,
      person,
      order: {
        kind,
        orderNo: codes.orderNo(localDateOf(paid, DEMO_ZONE)),
        paidAt: iso(paid),
        amountFen: redeem ? 0 : subject.priceFen - (coupon?.discountFen ?? 0),
        attempts: subject.attempts,
        coupon,
        redeem,
      },
      bookingId: codes.bookingId(),
      admissionCode: codes.admission(),
      bookedAt: iso(booked),
      startsAt: session.startsAt,
      durationMin: subject.minutes,
      attemptNo: rng() < 0.06 ? 2 : 1,
      wheelchair: slot.wheelchair,
      extraTimePct: slot.extraTime ? 25 : 0,
    });
  }
  return sessions;
}
