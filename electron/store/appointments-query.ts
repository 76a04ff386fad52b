import { sql } from 'kysely';
import type { Db } from './db';
import type { AppointmentState } from './schema';

/**
 * The one appointment join: each appointment with its candidate, subject and order (always there:
 * NOT NULL foreign keys), and where it has them its session, room, seat, check-in and the operator
 * who admitted it. Every left-joined table is joined on a primary or unique key, so the join never
 * repeats or drops an appointment; SQLite leaves out a left join whose columns a caller does not use.
 *
 * Aliases: a appointments, c candidates, s subjects, o orders, es exam_sessions, r rooms,
 * sa seat_assignments, st seats, ci check_ins, op operators (who admitted).
 * Callers narrow it with their own `where`, `select`, further joins and ordering.
 */
export function selectAppointments(db: Db) {
  return db
    .selectFrom('appointments as a')
    .innerJoin('candidates as c', 'c.id', 'a.candidate_id')
    .innerJoin('subjects as s', 's.id', 'a.subject_id')
    .innerJoin('orders as o', 'o.id', 'a.order_id')
    .leftJoin('exam_sessions as es', 'es.id', 'a.session_id')
    .leftJoin('rooms as r', 'r.id', 'es.room_id')
    .leftJoin('seat_assignments as sa', 'sa.appointment_id', 'a.id')
    .leftJoin('seats as st', 'st.id', 'sa.seat_id')
    .leftJoin('check_ins as ci', 'ci.appointment_id', 'a.id')
    .leftJoin('operators as op', 'op.id', 'ci.operator_id');
}

/** Who admitted, as 'admitted_by': the operator here, or another desk's operator for an admission mirrored from the center (#19). */
export const admittedByName = sql<string | null>`coalesce(op.display_name, ci.operator_name)`.as('admitted_by');

/** The appointments of a center-local day that still stand (neither cancelled nor rescheduled). */
export function standingAppointmentsOn(db: Db, date: string) {
  return selectAppointments(db)
    .where('es.local_date', '=', date)
    .where('a.state', 'not in', ['cancelled', 'rescheduled'] satisfies AppointmentState[]);
}

/** The subject's columns check-in and the rule engine both read (with `subjectSale` to shape them). */
export const subjectSaleColumns = ['s.code as subject_code', 's.name as subject_name', 's.profile_id', 's.on_sale_date', 's.stop_sale_date', 's.stop_service_date'] as const;

export function subjectSale(r: { subject_code: string; subject_name: string; profile_id: string; on_sale_date: string | null; stop_sale_date: string | null; stop_service_date: string | null }) {
  return { code: r.subject_code, name: r.subject_name, profileId: r.profile_id, onSale: r.on_sale_date, stopSale: r.stop_sale_date, stopService: r.stop_service_date };
}
