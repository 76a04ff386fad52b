/**
 * The admission question put to the rule engine: DAY-1/DAY-2 (arrival), the appointment state,
 * ORD-1/ORD-3 (order), CAT-4 (subject lifecycle) and DAY-8 (an earlier check-in). The desk only
 * gathers the facts; the engine decides.
 */
import type { DecisionRequest } from '../../shared/rules/requests';
import type { RuleError, Verdict } from '../../shared/rules/verdict';
import { decide, type RuleEnv } from '../rules/engine';
import type { CheckinAppointment } from './appointment-repo';
import { bookedBeforePayment } from './order-state';

/** The engine entry point; tests may pass another one to exercise paths the shipped rules never take. */
export type DecideFn = (request: DecisionRequest, env: RuleEnv) => Verdict | RuleError;

export function admissionRequest(a: CheckinAppointment, now: Date, timeZone: string): DecisionRequest {
  return {
    decision: 'admission',
    profile: a.subject.profileId,
    now: now.toISOString(),
    timeZone,
    facts: {
      start: a.startsAt,
      appointmentState: a.state,
      order: {
        id: a.order.orderNo,
        ...(a.order.paidAt ? { paidAt: a.order.paidAt } : {}),
        bookedBeforePayment: bookedBeforePayment({ paidAt: a.order.paidAt, bookedAt: a.bookedAt }),
        refunded: a.order.refundedAt !== null,
      },
      subject: {
        code: a.subject.code,
        ...(a.subject.onSale ? { onSale: a.subject.onSale } : {}),
        ...(a.subject.stopSale ? { stopSale: a.subject.stopSale } : {}),
        ...(a.subject.stopService ? { stopService: a.subject.stopService } : {}),
      },
      existingCheckIn: a.checkIn ? { at: a.checkIn.at, by: a.checkIn.by } : null,
    },
  };
}

export function admissionVerdict(a: CheckinAppointment, ctx: { now: Date; timeZone: string; env: RuleEnv; decide?: DecideFn }): Verdict | RuleError {
  return (ctx.decide ?? decide)(admissionRequest(a, ctx.now, ctx.timeZone), ctx.env);
}
