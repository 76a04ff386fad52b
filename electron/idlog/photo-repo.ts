import type { Db } from '../store/db';

/** An identity-check record's recorded checks and whose they are. */
export function idCheckRecord(db: Db, idCheckId: number) {
  return db.selectFrom('id_checks as r').innerJoin('appointments as a', 'a.id', 'r.appointment_id').select(['r.id', 'r.checks_json', 'a.candidate_id']).where('r.id', '=', idCheckId).executeTakeFirst();
}

/** The photo taken with an identity check (the first one, if several were kept). */
export function photoOfIdCheck(db: Db, candidateId: number, idCheckId: number) {
  return db.selectFrom('photos').select(['mime', 'sha256', 'bytes']).where('candidate_id', '=', candidateId).where('id_check_id', '=', idCheckId).orderBy('id').limit(1).executeTakeFirst();
}
