import type { Insertable, Transaction, Updateable } from 'kysely';
import type { AppointmentsTable, DB, ExamSessionsTable, SubjectPartsTable, SubjectsTable } from '../../store/schema';

// The statements of a roster import's apply (apply.ts), run inside the import's one transaction.

export function allSponsors(trx: Transaction<DB>) {
  return trx.selectFrom('sponsors').select(['id', 'code', 'name']).execute();
}

/** The center's rooms by code, each with its count of usable ('ok') seats. */
export function roomsWithSeats(trx: Transaction<DB>, centerId: number) {
  return trx
    .selectFrom('rooms as r')
    .leftJoin('seats as s', (j) => j.onRef('s.room_id', '=', 'r.id').on('s.status', '=', 'ok'))
    .where('r.center_id', '=', centerId)
    .groupBy('r.id')
    .select(['r.id', 'r.code', (eb) => eb.fn.count<number>('s.id').as('seats')])
    .orderBy('r.code')
    .execute();
}

export async function insertSponsor(trx: Transaction<DB>, code: string, name: string): Promise<number> {
  return (await trx.insertInto('sponsors').values({ code, name }).returning('id').executeTakeFirstOrThrow()).id;
}

export async function sponsorCodeOf(trx: Transaction<DB>, sponsorId: number): Promise<string> {
  return (await trx.selectFrom('sponsors').select('code').where('id', '=', sponsorId).executeTakeFirstOrThrow()).code;
}

export function findSubject(trx: Transaction<DB>, sponsorId: number, code: string) {
  return trx.selectFrom('subjects').select('id').where('sponsor_id', '=', sponsorId).where('code', '=', code).executeTakeFirst();
}

export function insertSubject(trx: Transaction<DB>, values: Insertable<SubjectsTable>) {
  return trx.insertInto('subjects').values(values).returning('id').executeTakeFirstOrThrow();
}

export function findSubjectPart(trx: Transaction<DB>, subjectId: number, part: SubjectPartsTable['part']) {
  return trx.selectFrom('subject_parts').select('id').where('subject_id', '=', subjectId).where('part', '=', part).executeTakeFirst();
}

export async function insertSubjectPart(trx: Transaction<DB>, subjectId: number, part: SubjectPartsTable['part'], mark: { max: number; pass: number }): Promise<void> {
  await trx.insertInto('subject_parts').values({ subject_id: subjectId, part, max_score: mark.max, pass_score: mark.pass }).execute();
}

/** The center's sessions starting at this instant, by room code, each with its count of live bookings. */
export function sessionsStartingAt(trx: Transaction<DB>, startsAt: string, centerId: number) {
  return trx
    .selectFrom('exam_sessions as es')
    .innerJoin('rooms as rm', 'rm.id', 'es.room_id')
    .where('es.starts_at', '=', startsAt)
    .where('rm.center_id', '=', centerId)
    .select([
      'es.id',
      'es.room_id',
      (eb) =>
        eb
          .selectFrom('appointments as a')
          .whereRef('a.session_id', '=', 'es.id')
          .where('a.state', 'not in', ['cancelled', 'rescheduled'])
          .select((e) => e.fn.countAll<number>().as('n'))
          .as('used'),
    ])
    .orderBy('rm.code')
    .execute();
}

/** Every session of a local day: its room, start and length. */
export function sessionsOnDay(trx: Transaction<DB>, localDate: string) {
  return trx.selectFrom('exam_sessions').select(['room_id', 'starts_at', 'duration_min']).where('local_date', '=', localDate).execute();
}

export async function insertSession(trx: Transaction<DB>, values: Insertable<ExamSessionsTable>): Promise<number> {
  return (await trx.insertInto('exam_sessions').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Which of these admission codes are already taken. */
export async function takenAdmissionCodes(trx: Transaction<DB>, codes: string[]): Promise<string[]> {
  return (await trx.selectFrom('appointments').select('admission_code').where('admission_code', 'in', codes).execute()).map((a) => a.admission_code);
}

export async function insertAppointments(trx: Transaction<DB>, rows: Insertable<AppointmentsTable>[]): Promise<void> {
  await trx.insertInto('appointments').values(rows).execute();
}

export async function removeSeatAssignment(trx: Transaction<DB>, appointmentId: number): Promise<void> {
  await trx.deleteFrom('seat_assignments').where('appointment_id', '=', appointmentId).execute();
}

export async function updateAppointment(trx: Transaction<DB>, appointmentId: number, set: Updateable<AppointmentsTable>): Promise<void> {
  await trx.updateTable('appointments').set(set).where('id', '=', appointmentId).execute();
}
