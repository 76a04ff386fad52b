import type { Db } from '../store/db';
import { admittedByName, selectAppointments, subjectSaleColumns } from '../store/appointments-query';

/** The appointment with everything the rule engine may ask about it (appointment-facts.ts), in one query. */
export function appointmentFactsRow(db: Db, appointmentId: number) {
  return selectAppointments(db)
    .leftJoin('centers as ce', 'ce.id', 'r.center_id')
    .where('a.id', '=', appointmentId)
    .select([
      'a.id',
      'a.booking_id',
      'a.state',
      'a.starts_at',
      'a.duration_min',
      'a.booked_at',
      'a.attempt_no',
      'a.part',
      'c.name as candidate_name',
      'c.id_last4',
      'c.id_type',
      ...subjectSaleColumns,
      's.level',
      'o.order_no',
      'o.paid_at',
      'o.amount_fen',
      'o.coupon_discount_fen',
      'o.redeem_code',
      'o.refunded_at',
      'o.attempts',
      'ce.code as center_code',
      'ce.time_zone',
      'ci.admitted_at',
      admittedByName,
    ])
    .executeTakeFirst();
}
