import type { AppointmentState } from '../store/schema';
import type { Db } from '../store/db';
import { admittedByName, selectAppointments, subjectSale, subjectSaleColumns } from '../store/appointments-query';

/** Everything check-in needs about one appointment, read in one primary-key query. */
export interface CheckinAppointment {
  id: number;
  admissionCode: string;
  bookingId: string;
  state: AppointmentState;
  startsAt: string;
  bookedAt: string;
  sessionId: number | null;
  candidate: { id: number; name: string; pinyin: string | null; idType: string; idHash: string };
  subject: {
    code: string;
    name: string;
    profileId: string;
    onSale: string | null;
    stopSale: string | null;
    stopService: string | null;
  };
  order: { orderNo: string; paidAt: string | null; redeemCode: string | null; refundedAt: string | null };
  /** otherDesk: the admission was made at another desk of the center and mirrored here (#19). */
  checkIn: { id: number; at: string; by: string; operatorId: number | null; overrideReason: string | null; otherDesk: string | null } | null;
}

export async function loadCheckinAppointment(db: Db, appointmentId: number): Promise<CheckinAppointment | null> {
  const r = await selectAppointments(db)
    .where('a.id', '=', appointmentId)
    .select([
      'a.id',
      'a.admission_code',
      'a.booking_id',
      'a.state',
      'a.starts_at',
      'a.booked_at',
      'a.session_id',
      'c.id as candidate_id',
      'c.name',
      'c.pinyin',
      'c.id_type',
      'c.id_hash',
      ...subjectSaleColumns,
      'o.order_no',
      'o.paid_at',
      'o.redeem_code',
      'o.refunded_at',
      'ci.id as check_in_id',
      'ci.admitted_at',
      'ci.operator_id as admitted_by_id',
      'ci.override_reason',
      'ci.desk as admitted_desk',
      'ci.mirrored_at',
      admittedByName,
    ])
    .executeTakeFirst();
  if (!r) return null;
  return {
    id: r.id,
    admissionCode: r.admission_code,
    bookingId: r.booking_id,
    state: r.state,
    startsAt: r.starts_at,
    bookedAt: r.booked_at,
    sessionId: r.session_id,
    candidate: { id: r.candidate_id, name: r.name, pinyin: r.pinyin, idType: r.id_type, idHash: r.id_hash },
    subject: subjectSale(r),
    order: { orderNo: r.order_no, paidAt: r.paid_at, redeemCode: r.redeem_code, refundedAt: r.refunded_at },
    checkIn:
      r.check_in_id !== null && r.admitted_at !== null
        ? {
            id: r.check_in_id,
            at: r.admitted_at,
            by: r.admitted_by ?? '',
            operatorId: r.admitted_by_id,
            overrideReason: r.override_reason,
            otherDesk: r.mirrored_at !== null ? r.admitted_desk : null,
          }
        : null,
  };
}
