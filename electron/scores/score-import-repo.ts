import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../store/schema';

/** The statements of the sponsor score import (score-import.ts). */

export function appointmentIdByBooking(db: Kysely<DB>, bookingId: string) {
  return db.selectFrom('appointments').select('id').where('booking_id', '=', bookingId).executeTakeFirst();
}

/** The decided score of a part, written or replaced (one per appointment and part). */
export async function upsertScoreResolution(
  trx: Transaction<DB>,
  key: { appointment_id: number; part: 'theory' | 'lab' | 'interview' },
  row: { value: number | null; absent: number; reason: string; operator_id: number; resolved_at: string },
): Promise<void> {
  await trx
    .insertInto('score_resolutions')
    .values({ ...row, ...key })
    .onConflict((oc) => oc.columns(['appointment_id', 'part']).doUpdateSet(row))
    .execute();
}
