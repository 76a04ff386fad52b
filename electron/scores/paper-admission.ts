/**
 * #18.5: where the day ran on the paper fallback pack, the admissions are on the signed sign-in
 * sheet, not in the desk. Before scores are taken, a manager records each from the sheet: the
 * arrival time written on it and a reason. The check-in, its ID-log record (an 'admission' whose
 * checks say source 'paper-sheet') and the audit entry share one transaction.
 */
import type { Transaction } from 'kysely';
import type { OperatorInfo } from '../../shared/accounts/contract';
import type { PaperAdmissionResult } from '../../shared/scores/contract';
import { instantOfLocal } from '../../shared/time/zoned';
import { appendAudit } from '../audit/audit-log';
import { DomainError } from '../core/errors';
import { appendIdCheck } from '../idlog/append';
import type { DB } from '../store/schema';
import { localDateTime } from '../today/local-time';
import { checkInOf, insertPaperCheckIn, seatedAppointment, unmarkNoShow } from './admission-repo';
import { centerZone } from '../store/center-zone';

export interface PaperAdmissionRequest {
  appointmentId: number;
  /** Center-local "HH:mm" written on the sheet. */
  arrivedAt: string;
  reason: string;
}

export async function recordPaperAdmission(trx: Transaction<DB>, req: PaperAdmissionRequest, op: OperatorInfo, desk: string, now: Date): Promise<PaperAdmissionResult> {
  const a = await seatedAppointment(trx, req.appointmentId);
  if (!a) throw new DomainError('NOT_FOUND', `No appointment with id ${req.appointmentId}.`);
  const zone = await centerZone(trx);
  const existing = await checkInOf(trx, a.id);
  if (existing) {
    const at = localDateTime(existing.admitted_at, zone);
    throw new DomainError('CONFLICT', `${a.name} is already admitted (${at}); nothing was recorded.`, { key: 'scores.paperAlreadyAdmitted', params: { name: a.name, at } });
  }
  if (a.state !== 'booked' && a.state !== 'no-show') {
    throw new DomainError('CONFLICT', `The booking of ${a.name} is ${a.state}; only a booked candidate is admitted.`, { key: 'scores.paperNotBooked', params: { name: a.name, state: a.state } });
  }
  const arrived = instantOfLocal(a.local_date, req.arrivedAt, zone);
  const end = Date.parse(a.starts_at) + a.duration_min * 60_000;
  if (arrived > now.getTime() || arrived > end) {
    throw new DomainError('VALIDATION', `An arrival at ${req.arrivedAt} on ${a.local_date} is after the session's end or in the future.`, {
      key: 'scores.paperArrivalLate',
      params: { time: req.arrivedAt, date: a.local_date },
    });
  }
  const admittedAt = new Date(arrived).toISOString();
  await insertPaperCheckIn(trx, { appointment_id: a.id, operator_id: op.id, desk, admitted_at: admittedAt });
  // A no-show marked by the desk while the day ran on paper: the signed sheet says they came.
  if (a.state === 'no-show') await unmarkNoShow(trx, a.id);
  const { id: idCheckId } = await appendIdCheck(trx, {
    appointmentId: a.id,
    operatorId: op.id,
    desk,
    checkedAt: now.toISOString(),
    kind: 'admission',
    checks: { source: 'paper-sheet', arrivedLocal: req.arrivedAt, admittedAt, wasNoShow: a.state === 'no-show' },
    outcome: 'admitted',
    ruleIds: ['DAY-8'],
    overrideReason: `paper sheet: ${req.reason}`,
  });
  await appendAudit(trx, {
    at: now.toISOString(),
    operatorId: op.id,
    action: 'checkin.paperAdmission',
    subjectType: 'appointment',
    subjectId: a.id,
    detail: { booking: a.booking_id, arrivedLocal: req.arrivedAt, admittedAt, reason: req.reason, idCheckId, wasNoShow: a.state === 'no-show' },
  });
  return { appointmentId: a.id, admittedAt, admittedLocal: localDateTime(admittedAt, zone), idCheckId };
}
