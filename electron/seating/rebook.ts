import type { Transaction } from 'kysely';
import type { FaultOutcome } from '../../shared/seating/contract';
import type { DB } from '../store/schema';
import { localDateTime } from '../today/local-time';
import { centerZone } from '../store/center-zone';
import { appointmentRow, insertAppointment, markRescheduled, sessionsAfterWithRoom } from './rebook-repo';

const CODE_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * BOOK-7: the center cannot hold the exam for this candidate (no working seat left). The
 * appointment moves free of charge to the first later session at the same center with a free
 * working seat; the old appointment stays on record as 'rescheduled'.
 */
export async function rebookAfterFault(trx: Transaction<DB>, appointmentId: number, now: Date): Promise<FaultOutcome> {
  const old = await appointmentRow(trx, appointmentId);
  const zone = await centerZone(trx);
  const later = await sessionsAfterWithRoom(trx, old.starts_at);
  const target = later.find((s) => Number(s.working) > Number(s.booked));
  await markRescheduled(trx, appointmentId);
  if (!target) return { kind: 'no-seat', appointmentId, ruleId: 'BOOK-7' };
  let code = 'ADM';
  for (let i = 0; i < 8; i++) code += CODE_CHARS[(appointmentId * 31 + i * 17 + now.getTime()) % CODE_CHARS.length];
  const newAppointmentId = await insertAppointment(trx, {
    sponsor_id: old.sponsor_id,
    booking_id: `${old.booking_id}-R${target.id}`,
    admission_code: code,
    candidate_id: old.candidate_id,
    order_id: old.order_id,
    subject_id: old.subject_id,
    part: old.part,
    session_id: target.id,
    starts_at: target.starts_at,
    duration_min: old.duration_min,
    attempt_no: old.attempt_no,
    wheelchair: old.wheelchair,
    extra_time_pct: old.extra_time_pct,
    booked_at: now.toISOString(),
  });
  return { kind: 'rebooked', appointmentId, newAppointmentId, newStartLocal: localDateTime(target.starts_at, zone), ruleId: 'BOOK-7' };
}
