import type { DecisionRequest } from '../../shared/rules/requests';
import type { AppointmentFacts } from './appointment-facts';

type Req<D extends DecisionRequest['decision']> = Extract<DecisionRequest, { decision: D }>;
type Base = { profile: string; now: string; timeZone: string };

/** The order as the rule engine sees it (ORD-1..ORD-5). */
export function orderFacts(f: AppointmentFacts) {
  return {
    id: f.order.orderNo,
    ...(f.order.paidAt ? { paidAt: f.order.paidAt } : {}),
    // ORD-1 / BOOK-2: the appointment was booked before the order was paid.
    bookedBeforePayment: f.order.paidAt !== null && f.bookedAt < f.order.paidAt,
    refunded: f.order.refundedAt !== null,
  };
}

/** CAT-4 lifecycle dates, leaving out the ones the subject does not have. */
export function subjectFacts(f: AppointmentFacts) {
  return {
    code: f.subject.code,
    ...(f.subject.onSale ? { onSale: f.subject.onSale } : {}),
    ...(f.subject.stopSale ? { stopSale: f.subject.stopSale } : {}),
    ...(f.subject.stopService ? { stopService: f.subject.stopService } : {}),
  };
}

function base(f: AppointmentFacts, now: string): Base {
  return { profile: f.subject.profileId, now, timeZone: f.timeZone };
}

/** DAY-1/DAY-2, DAY-8, ORD-1/ORD-3, CAT-4: may this candidate be admitted now? */
export function admissionRequest(f: AppointmentFacts, now: string): Req<'admission'> {
  return {
    decision: 'admission',
    ...base(f, now),
    facts: {
      start: f.startsAt,
      appointmentState: f.state,
      order: orderFacts(f),
      subject: subjectFacts(f),
      existingCheckIn: f.checkIn,
    },
  };
}

/** Every question a manager may be asked about one appointment, as engine requests. */
export function whatIfRequests(f: AppointmentFacts, now: string): DecisionRequest[] {
  const b = base(f, now);
  const out: DecisionRequest[] = [
    admissionRequest(f, now),
    { decision: 'reschedule', ...b, facts: { start: f.startsAt, order: orderFacts(f), subject: subjectFacts(f) } },
    { decision: 'cancel', ...b, facts: { start: f.startsAt, order: orderFacts(f) } },
  ];
  if (f.order.paidAt) {
    out.push({
      decision: 'refund-exam',
      ...b,
      facts: {
        order: {
          ...orderFacts(f),
          paidAt: f.order.paidAt,
          payments: [{ method: f.order.redeemCode ? 'enterprise' : 'online', fen: f.order.amountFen }],
          couponFen: f.order.couponDiscountFen,
          refundsBefore: f.order.refundedAt ? 1 : 0,
          enterprise: f.order.redeemCode !== null,
        },
        hasAppointment: f.state === 'booked',
        subject: subjectFacts(f),
      },
    });
    out.push({
      decision: 'order-expiry',
      ...b,
      facts: { paidAt: f.order.paidAt, bookedBeforePayment: orderFacts(f).bookedBeforePayment },
    });
  }
  if (f.part === 'theory' || f.part === 'lab' || f.part === 'interview') {
    out.push({
      decision: 'result-release',
      ...b,
      facts: { part: f.part, examStart: f.startsAt, examMinutes: f.durationMin },
    });
  }
  out.push({ decision: 'notices', ...b, facts: { registeredAt: f.bookedAt, examStart: f.startsAt } });
  return out;
}
