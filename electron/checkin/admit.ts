/**
 * Admission at the desk. DAY-8: one check-in per appointment. The UNIQUE check_ins.appointment_id
 * makes a second admission impossible even when the same scan arrives twice at once: the second
 * call finds the first one (or loses the insert race) and answers 'already-admitted'.
 * Admission needs the engine's admission verdict allowed AND a passing identity check today.
 * A refusal is recorded (id_checks 'refusal'). A manager may override only a refusal the rules
 * mark overridable, with a written reason that goes into id_checks and the audit log.
 */
import type { Transaction } from 'kysely';
import type { AdmitResult } from '../../shared/checkin/types';
import { appendAudit } from '../audit/audit-log';
import { requireOperator, type HandlerContext } from '../core/context';
import { DomainError } from '../core/errors';
import { appendIdCheck } from '../idlog/append';
import { decide, type RuleEnv } from '../rules/engine';
import type { DB } from '../store/schema';
import type { Db } from '../store/db';
import type { OperatorInfo } from '../../shared/accounts/contract';
import { admissionVerdict, type DecideFn } from './admission';
import { loadCheckinAppointment, type CheckinAppointment } from './appointment-repo';
import { dayOf, localText, type CenterDay } from './center-day';
import { identityStatus } from './identity-status';
import { otherAdmissionOfPerson, type OtherAdmission } from './person-admissions';
import { checkinRuleEnv } from './rule-env';
import { insertCheckIn } from './check-ins-repo';
import { firstAdmissionChecks } from './identity-records-repo';
import { undecidedSay } from '../rules/undecided-say';
import { requestZone } from '../core/request-zone';
import { centerNote, centerStep, claimAtCenter, forcedOffline, queueOffline, recordedNonce, type CenterStep } from './center-claim';

export interface AdmitRequest {
  appointmentId: number;
  nonce: string;
  overrideReason?: string | undefined;
}

interface AdmitEnv {
  now: Date;
  timeZone: string;
  day: CenterDay;
  env: RuleEnv;
  decide: DecideFn;
  op: OperatorInfo;
  desk: string;
  /** A desk joined to a center claims each admission there first (#19). */
  center: CenterStep | null;
}

export async function admit(req: AdmitRequest, ctx: HandlerContext, decideFn: DecideFn = decide): Promise<AdmitResult> {
  const op = requireOperator(ctx);
  if (req.overrideReason !== undefined && op.role !== 'manager') {
    throw new DomainError('FORBIDDEN', 'Only a manager may override a refusal, with a written reason.');
  }
  const db = ctx.core.store.db;
  const timeZone = await requestZone(ctx);
  const e: AdmitEnv = {
    now: ctx.now,
    timeZone,
    day: dayOf(ctx.now, timeZone),
    env: await checkinRuleEnv(db),
    decide: decideFn,
    op,
    desk: ctx.caller.desk,
    center: centerStep(ctx.core.centerLink),
  };
  try {
    const result = await db.transaction().execute((trx) => admitIn(trx, req, e));
    if (e.center?.offline) e.center.link.outboxWritten();
    return result;
  } catch (error) {
    // The center took this admission but the desk did not write it: take the claim back (best effort).
    if (e.center?.claimed) await e.center.link.release(e.center.claimed.admissionCode, e.center.claimed.nonce);
    // DAY-8 backstop: another connection admitted first; the UNIQUE index refused this insert.
    if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
      const a = await loadCheckinAppointment(db, req.appointmentId);
      if (a?.checkIn) return alreadyAdmitted(db, a, req.nonce, timeZone);
    }
    // The same for the person: the trigger found the same document admitted in an overlapping session.
    if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_TRIGGER' && /DAY-8/.test(String((error as Error).message))) {
      return await db.transaction().execute(async (trx) => {
        const a = await loadCheckinAppointment(trx, req.appointmentId);
        const other = await otherAdmissionOfPerson(trx, req.appointmentId);
        if (!a || !other) throw error;
        return samePersonRefusal(trx, a, other, req, e);
      });
    }
    throw error;
  }
}

async function alreadyAdmitted(db: Db, a: CheckinAppointment, nonce: string, timeZone: string): Promise<AdmitResult> {
  const checkIn = a.checkIn!;
  const row = await firstAdmissionChecks(db, a.id);
  let sameRequest: boolean;
  try {
    sameRequest = row !== undefined && (JSON.parse(row.checks_json) as { nonce?: unknown }).nonce === nonce;
  } catch {
    sameRequest = false;
  }
  return { status: 'already-admitted', at: checkIn.at, atLocal: localText(checkIn.at, timeZone), by: checkIn.by, sameRequest, ...(checkIn.otherDesk !== null ? { desk: checkIn.otherDesk } : {}) };
}

async function admitIn(trx: Transaction<DB>, req: AdmitRequest, e: AdmitEnv): Promise<AdmitResult> {
  const a = await loadCheckinAppointment(trx, req.appointmentId);
  if (!a) throw new DomainError('NOT_FOUND', `No appointment with id ${req.appointmentId}.`);
  if (a.checkIn) return alreadyAdmitted(trx, a, req.nonce, e.timeZone);
  // DAY-8 is about the person: the same document admitted on another booking in an overlapping session.
  const other = await otherAdmissionOfPerson(trx, a.id);
  if (other) return samePersonRefusal(trx, a, other, req, e);

  const out = admissionVerdict(a, e);
  if ('error' in out) throw new DomainError('REFUSED', `The rules cannot decide this admission: ${out.error.message}`, undecidedSay({ key: 'checkin.rulesUndecided', params: { detail: out.error.message } }, out.error));
  const verdict = out;
  const identity = await identityStatus(trx, a.id, e.day);
  const verdictOk = verdict.outcome === 'allowed';
  const identityOk = identity.status === 'passed';
  const at = e.now.toISOString();

  const refusedRuleIds = [...(verdictOk ? [] : verdict.ruleIds), ...(identityOk ? [] : identity.ruleIds.length > 0 ? identity.ruleIds : ['DAY-3'])];
  const overridable = (verdictOk || verdict.overridable) && (identityOk || identity.overridable);
  const override = !(verdictOk && identityOk) && req.overrideReason !== undefined && overridable;

  if ((verdictOk && identityOk) || override) {
    const reason = override ? (req.overrideReason ?? null) : null;
    const ask = { appointmentId: a.id, admissionCode: a.admissionCode, nonce: req.nonce, requestReason: req.overrideReason, ruleOverrideReason: reason, operator: e.op.displayName, at, timeZone: e.timeZone };
    const center = e.center ? await claimAtCenter(trx, e.center, ask) : null;
    if (center && 'status' in center) return center;
    const checkInId = await insertCheckIn(trx, { appointment_id: a.id, operator_id: e.op.id, desk: e.desk, admitted_at: at, override_reason: reason });
    const { id: idCheckId } = await appendIdCheck(trx, {
      appointmentId: a.id,
      operatorId: e.op.id,
      desk: e.desk,
      checkedAt: at,
      kind: 'admission',
      checks: {
        nonce: recordedNonce(center, req.nonce),
        checkInId,
        verdict: { outcome: verdict.outcome, messageKey: verdict.messageKey, ruleIds: verdict.ruleIds },
        identity: { status: identity.status, idCheckId: identity.idCheckId },
        ...(override ? { overridden: refusedRuleIds } : {}),
        ...(center ? { center: centerNote(center) } : {}),
      },
      outcome: override ? 'overridden' : 'admitted',
      ruleIds: override ? refusedRuleIds : verdict.ruleIds,
      overrideReason: reason,
    });
    if (e.center && center) await queueOffline(trx, e.center, center);
    // A manager's exception: the rules overridden, or offline a session leased elsewhere admitted (forced, #19).
    const forced = center ? forcedOffline(center) : null;
    if (override || forced) {
      await appendAudit(trx, {
        at,
        operatorId: e.op.id,
        action: 'checkin.override',
        subjectType: 'appointment',
        subjectId: a.id,
        detail: {
          admissionCode: a.admissionCode,
          reason: reason ?? forced?.reason ?? null,
          overriddenRuleIds: override ? refusedRuleIds : [],
          verdict: verdict.messageKey,
          identity: identity.status,
          checkInId,
          idCheckId,
          desk: e.desk,
          ...(forced ? { offlineForced: forced } : {}),
        },
      });
    }
    return {
      status: 'admitted',
      checkInId,
      idCheckId,
      at,
      atLocal: localText(at, e.timeZone),
      by: e.op.displayName,
      overrideReason: reason,
      overriddenRuleIds: override ? refusedRuleIds : [],
    };
  }

  // Refused: recorded with the rule ids, so the log shows every candidate turned away and why.
  const fromVerdict = !verdictOk;
  const messageNamespace: 'rules' | 'checkin' = fromVerdict || identity.messageKey !== null ? 'rules' : 'checkin';
  const messageKey = fromVerdict ? verdict.messageKey : (identity.messageKey ?? 'refusal.identityMissing');
  const params = fromVerdict ? verdict.params : {};
  const { id: idCheckId } = await appendIdCheck(trx, {
    appointmentId: a.id,
    operatorId: e.op.id,
    desk: e.desk,
    checkedAt: at,
    kind: 'refusal',
    checks: {
      nonce: req.nonce,
      verdict: { outcome: verdict.outcome, messageKey: verdict.messageKey, ruleIds: verdict.ruleIds },
      identity: { status: identity.status, idCheckId: identity.idCheckId },
      messageNamespace,
      messageKey,
      ...(req.overrideReason !== undefined ? { overrideRequested: req.overrideReason, overridable } : {}),
    },
    outcome: 'refused',
    ruleIds: refusedRuleIds,
  });
  const { overridable: _o, ...identityShown } = identity;
  return {
    status: 'refused',
    idCheckId,
    ruleIds: refusedRuleIds,
    messageNamespace,
    messageKey,
    params,
    verdict,
    identity: identityShown,
    overridable,
  };
}

/**
 * DAY-8 for the person: this booking's candidate (the same document) was already admitted on
 * another booking whose session overlaps this one. Refused, never overridable, and recorded with
 * the other booking named.
 */
async function samePersonRefusal(trx: Transaction<DB>, a: CheckinAppointment, other: OtherAdmission, req: AdmitRequest, e: AdmitEnv): Promise<AdmitResult> {
  const identity = await identityStatus(trx, a.id, e.day);
  const params = { booking: other.bookingId, code: other.admissionCode, start: localText(other.startsAt, e.timeZone), at: localText(other.at, e.timeZone), by: other.by };
  const { id: idCheckId } = await appendIdCheck(trx, {
    appointmentId: a.id,
    operatorId: e.op.id,
    desk: e.desk,
    checkedAt: e.now.toISOString(),
    kind: 'refusal',
    checks: { nonce: req.nonce, samePerson: { appointmentId: other.appointmentId, bookingId: other.bookingId, admittedAt: other.at }, messageNamespace: 'checkin', messageKey: 'refusal.samePersonAdmitted' },
    outcome: 'refused',
    ruleIds: ['DAY-8'],
  });
  const { overridable: _o, ...identityShown } = identity;
  return {
    status: 'refused',
    idCheckId,
    ruleIds: ['DAY-8'],
    messageNamespace: 'checkin',
    messageKey: 'refusal.samePersonAdmitted',
    params,
    verdict: null,
    identity: identityShown,
    overridable: false,
  };
}
