import type { Db } from '../../store/db';
import { selectAppointments } from '../../store/appointments-query';

// The statements behind a sponsor export of a day (export-rows.ts shapes what they return).

/** The code of the center (undefined before one is set up). */
export async function exportedCenterCode(db: Db): Promise<string | undefined> {
  return (await db.selectFrom('centers').select('code').executeTakeFirst())?.code;
}

/** The day's appointments with sponsor, subject, room, candidate and check-in, by start and booking. */
export function attendanceRows(db: Db, date: string) {
  return selectAppointments(db)
    .innerJoin('sponsors as sp', 'sp.id', 'a.sponsor_id')
    .where('es.local_date', '=', date)
    .select(['a.booking_id', 'sp.name as sponsor', 's.code', 'a.part', 'a.starts_at', 'r.code as room', 'c.name', 'c.id_type', 'c.id_last4', 'a.state', 'ci.admitted_at', 'ci.override_reason'])
    .orderBy('a.starts_at')
    .orderBy('a.booking_id')
    .execute();
}

/** The identity checks of the day's appointments, with the operator who made each, in record order. */
export function idCheckRows(db: Db, date: string) {
  return db
    .selectFrom('id_checks as k')
    .innerJoin('appointments as a', 'a.id', 'k.appointment_id')
    .innerJoin('exam_sessions as es', 'es.id', 'a.session_id')
    .innerJoin('operators as o', 'o.id', 'k.operator_id')
    .where('es.local_date', '=', date)
    .select(['k.id', 'k.checked_at', 'a.booking_id', 'k.kind', 'k.outcome', 'k.rule_ids', 'k.doc_type', 'k.doc_masked', 'o.display_name', 'k.desk', 'k.override_reason', 'k.hash'])
    .orderBy('k.id')
    .execute();
}

/** The released or cancelled results of the day's appointments, by booking. */
export function resultRows(db: Db, date: string) {
  return db
    .selectFrom('results as x')
    .innerJoin('appointments as a', 'a.id', 'x.appointment_id')
    .innerJoin('exam_sessions as es', 'es.id', 'a.session_id')
    .innerJoin('subjects as s', 's.id', 'a.subject_id')
    .where('es.local_date', '=', date)
    .where('x.state', 'in', ['released', 'cancelled'])
    .select(['a.booking_id', 's.code', 'x.part', 'x.value', 'x.absent', 'x.max_score', 'x.passed', 'x.state', 'x.release_date', 'x.released_at', 'x.reason'])
    .orderBy('a.booking_id')
    .execute();
}
