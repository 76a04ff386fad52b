import type { CheckinCard } from '../../shared/checkin/types';
import type { Db } from '../store/db';
import { localText } from './center-day';
import { orderStateOf } from './order-state';
import type { RuleEnv } from '../rules/engine';
import { admittedByName, selectAppointments } from '../store/appointments-query';

/** The cards of the given appointments (primary-key lookups), in the order of `ids`. */
export async function loadCards(db: Db, ids: number[], ctx: { now: Date; timeZone: string; env: RuleEnv }): Promise<CheckinCard[]> {
  if (ids.length === 0) return [];
  const rows = await selectAppointments(db)
    .where('a.id', 'in', ids)
    .select((eb) => [
      'a.id',
      'a.admission_code',
      'a.booking_id',
      'a.part',
      'a.starts_at',
      'a.booked_at',
      'a.state',
      'a.session_id',
      'c.name',
      'c.pinyin',
      'c.id_type',
      'c.id_last4',
      's.code as subject_code',
      's.name as subject_name',
      's.profile_id',
      'o.paid_at',
      'o.redeem_code',
      'o.refunded_at',
      'r.code as room_code',
      'r.name as room_name',
      'st.label as seat_label',
      'ci.admitted_at',
      'ci.override_reason',
      'ci.desk as admitted_desk',
      'ci.mirrored_at',
      admittedByName,
      eb.exists(eb.selectFrom('photos as p').select('p.id').whereRef('p.candidate_id', '=', 'c.id')).as('has_photo'),
    ])
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const cards: CheckinCard[] = [];
  for (const id of ids) {
    const r = byId.get(id);
    if (!r) continue;
    cards.push({
      appointmentId: r.id,
      admissionCode: r.admission_code,
      bookingId: r.booking_id,
      candidateName: r.name,
      pinyin: r.pinyin,
      documentMasked: `****${r.id_last4}`,
      documentType: r.id_type,
      subjectCode: r.subject_code,
      subjectName: r.subject_name,
      part: r.part,
      startsAt: r.starts_at,
      startLocal: localText(r.starts_at, ctx.timeZone),
      sessionId: r.session_id,
      room: r.room_code !== null && r.room_name !== null ? { code: r.room_code, name: r.room_name } : null,
      seatLabel: r.seat_label,
      appointmentState: r.state,
      orderState: orderStateOf(
        {
          profileId: r.profile_id,
          paidAt: r.paid_at,
          bookedAt: r.booked_at,
          redeemCode: r.redeem_code,
          refundedAt: r.refunded_at,
          startsAt: r.starts_at,
        },
        ctx,
      ).state,
      hasPhoto: Boolean(r.has_photo),
      checkIn: r.admitted_at
        ? {
            admittedAt: r.admitted_at,
            admittedLocal: localText(r.admitted_at, ctx.timeZone),
            by: r.admitted_by ?? '',
            overrideReason: r.override_reason,
            ...(r.mirrored_at !== null && r.admitted_desk !== null ? { desk: r.admitted_desk } : {}),
          }
        : null,
    });
  }
  return cards;
}
