import type { Db } from './db';

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
