import type { Insertable } from 'kysely';
import type { CertificatesTable } from '../store/schema';
import type { Db } from '../store/db';

/** A candidate's released and cancelled results with their subject's profile and level, oldest first. */
export function decidedResultsOf(db: Db, candidateId: number) {
  return db
    .selectFrom('results as r')
    .innerJoin('appointments as a', 'a.id', 'r.appointment_id')
    .innerJoin('subjects as s', 's.id', 'a.subject_id')
    .where('a.candidate_id', '=', candidateId)
    .where('r.state', 'in', ['released', 'cancelled'])
    .select(['r.id', 'r.part', 'r.state', 'r.passed', 'r.released_at', 'a.subject_id', 's.profile_id', 's.level'])
    .orderBy('r.id')
    .execute();
}

/** The parts a subject is examined in. */
export async function partsOfSubject(db: Db, subjectId: number): Promise<string[]> {
  return (await db.selectFrom('subject_parts').select('part').where('subject_id', '=', subjectId).execute()).map((p) => p.part);
}

export function certificatesOfSubject(db: Db, candidateId: number, subjectId: number) {
  return db.selectFrom('certificates').selectAll().where('candidate_id', '=', candidateId).where('subject_id', '=', subjectId).execute();
}

export async function deleteCertificates(db: Db, candidateId: number, subjectId: number): Promise<void> {
  await db.deleteFrom('certificates').where('candidate_id', '=', candidateId).where('subject_id', '=', subjectId).execute();
}

export async function insertCertificate(db: Db, values: Insertable<CertificatesTable>): Promise<void> {
  await db.insertInto('certificates').values(values).execute();
}

/** Certificates found by a candidate's exact name, or a booking id or admission code of theirs; latest validity first, at most 50. */
export function findCertificates(db: Db, query: string) {
  return db
    .selectFrom('certificates as ce')
    .innerJoin('candidates as c', 'c.id', 'ce.candidate_id')
    .innerJoin('subjects as s', 's.id', 'ce.subject_id')
    .where((eb) =>
      eb.or([
        eb('c.name', '=', query),
        eb(
          'c.id',
          'in',
          eb
            .selectFrom('appointments')
            .select('candidate_id')
            .where((e) => e.or([e('booking_id', '=', query), e('admission_code', '=', query)])),
        ),
      ]),
    )
    .select(['c.name', 'c.id_last4', 's.code', 's.name as subject', 'ce.released_at', 'ce.valid_until'])
    .orderBy('ce.valid_until', 'desc')
    .limit(50)
    .execute();
}
