import type { AdmissionView, CheckInState } from '../../shared/checkin/types';
import type { RuleEnv } from '../rules/engine';
import type { Db } from '../store/db';
import { admissionVerdict, type DecideFn } from './admission';
import type { CheckinAppointment } from './appointment-repo';
import { dayOf, localText } from './center-day';
import { identityStatus } from './identity-status';
import { orderStateOf } from './order-state';

export function checkInStateOf(a: CheckinAppointment, timeZone: string): CheckInState | null {
  return a.checkIn
    ? {
        admittedAt: a.checkIn.at,
        admittedLocal: localText(a.checkIn.at, timeZone),
        by: a.checkIn.by,
        overrideReason: a.checkIn.overrideReason,
        ...(a.checkIn.otherDesk !== null ? { desk: a.checkIn.otherDesk } : {}),
      }
    : null;
}

/** The admission verdict now, the facts it was taken on and today's identity check. */
export async function admissionView(db: Db, a: CheckinAppointment, ctx: { now: Date; timeZone: string; env: RuleEnv; decide?: DecideFn }): Promise<AdmissionView> {
  const out = admissionVerdict(a, ctx);
  const verdict = 'error' in out ? null : out;
  const identity = await identityStatus(db, a.id, dayOf(ctx.now, ctx.timeZone));
  const order = orderStateOf(
    {
      profileId: a.subject.profileId,
      paidAt: a.order.paidAt,
      bookedAt: a.bookedAt,
      redeemCode: a.order.redeemCode,
      refundedAt: a.order.refundedAt,
      startsAt: a.startsAt,
    },
    ctx,
  );
  const verdictOk = verdict?.outcome === 'allowed';
  const identityOk = identity.status === 'passed';
  const verdictOverridable = verdictOk || (verdict !== null && verdict.overridable);
  const identityOverridable = identityOk || identity.overridable;
  const { overridable: _o, ...identityShown } = identity;
  return {
    appointmentId: a.id,
    now: ctx.now.toISOString(),
    nowLocal: localText(ctx.now.toISOString(), ctx.timeZone),
    timeZone: ctx.timeZone,
    verdict,
    ruleError: 'error' in out ? { code: out.error.code, message: out.error.message } : null,
    facts: {
      admissionCode: a.admissionCode,
      candidateName: a.candidate.name,
      profileId: a.subject.profileId,
      startsAt: a.startsAt,
      startLocal: localText(a.startsAt, ctx.timeZone),
      appointmentState: a.state,
      order: { orderNo: a.order.orderNo, paidAt: a.order.paidAt, state: order.state, expiresAt: order.expiresAt },
      subject: {
        code: a.subject.code,
        name: a.subject.name,
        onSale: a.subject.onSale,
        stopSale: a.subject.stopSale,
        stopService: a.subject.stopService,
      },
      checkIn: checkInStateOf(a, ctx.timeZone),
    },
    identity: identityShown,
    canAdmit: a.checkIn === null && verdictOk && identityOk,
    canOverride: a.checkIn === null && !(verdictOk && identityOk) && verdictOverridable && identityOverridable,
  };
}
