import type { Db } from '../store/db';
import { subjectSale } from '../store/appointments-query';
import { appointmentFactsRow } from './appointment-facts-repo';
import { centerZone } from '../store/center-zone';

/** Everything the rule engine may ask about one appointment, read in one query. */
export interface AppointmentFacts {
  id: number;
  bookingId: string;
  state: 'booked' | 'cancelled' | 'rescheduled' | 'completed' | 'no-show';
  startsAt: string;
  durationMin: number;
  bookedAt: string;
  attemptNo: number;
  part: string;
  candidateName: string;
  idLast4: string;
  idType: string;
  subject: {
    code: string;
    name: string;
    level: string;
    profileId: string;
    onSale: string | null;
    stopSale: string | null;
    stopService: string | null;
  };
  order: {
    orderNo: string;
    paidAt: string | null;
    amountFen: number;
    couponDiscountFen: number;
    redeemCode: string | null;
    refundedAt: string | null;
    attempts: number;
  };
  centerCode: string | null;
  timeZone: string;
  checkIn: { at: string; by: string } | null;
}

export async function loadAppointmentFacts(db: Db, appointmentId: number): Promise<AppointmentFacts | null> {
  const r = await appointmentFactsRow(db, appointmentId);
  if (!r) return null;
  return {
    id: r.id,
    bookingId: r.booking_id,
    state: r.state,
    startsAt: r.starts_at,
    durationMin: r.duration_min,
    bookedAt: r.booked_at,
    attemptNo: r.attempt_no,
    part: r.part,
    candidateName: r.candidate_name,
    idLast4: r.id_last4,
    idType: r.id_type,
    subject: { ...subjectSale(r), level: r.level },
    order: {
      orderNo: r.order_no,
      paidAt: r.paid_at,
      amountFen: r.amount_fen,
      couponDiscountFen: r.coupon_discount_fen,
      redeemCode: r.redeem_code,
      refundedAt: r.refunded_at,
      attempts: r.attempts,
    },
    centerCode: r.center_code,
    // A booking without a session (or its room's center) is in the desk's center's zone.
    timeZone: r.time_zone ?? (await centerZone(db)),
    checkIn: r.admitted_at ? { at: r.admitted_at, by: r.admitted_by ?? '' } : null,
  };
}
