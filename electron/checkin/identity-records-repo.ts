import type { Insertable, Transaction } from 'kysely';
import type { Db } from '../store/db';
import type { DB } from '../store/schema';

/** The check-in's reads of the id_checks log and its photo writes (admit.ts, identity-status.ts, record-id-check.ts). */

/** The checks of the appointment's first admission record. */
export function firstAdmissionChecks(db: Db, appointmentId: number) {
  return db.selectFrom('id_checks').select('checks_json').where('appointment_id', '=', appointmentId).where('kind', '=', 'admission').orderBy('id').limit(1).executeTakeFirst();
}

/** The appointment's identity and correction records with who made them, oldest first. */
export function identityRecords(db: Db, appointmentId: number) {
  return db
    .selectFrom('id_checks as r')
    .innerJoin('operators as op', 'op.id', 'r.operator_id')
    .where('r.appointment_id', '=', appointmentId)
    .where('r.kind', 'in', ['identity', 'correction'])
    .select(['r.id', 'r.kind', 'r.checked_at', 'r.outcome', 'r.rule_ids', 'r.checks_json', 'r.corrects_id', 'op.display_name'])
    .orderBy('r.id')
    .execute();
}

export async function insertPhoto(trx: Transaction<DB>, row: Insertable<DB['photos']>): Promise<void> {
  await trx.insertInto('photos').values(row).execute();
}
