import type { Insertable, Transaction } from 'kysely';
import type { Db } from '../store/db';
import type { DB } from '../store/schema';

/** The id_checks chain's statements (append.ts links, chain.ts verifies, correct.ts corrects). */

/** The newest record's hash, or undefined on an empty log. */
export async function lastIdCheckHash(trx: Transaction<DB>): Promise<string | undefined> {
  const last = await trx.selectFrom('id_checks').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
  return last?.hash;
}

export async function insertIdCheckRow(trx: Transaction<DB>, row: Insertable<DB['id_checks']>): Promise<number> {
  return (await trx.insertInto('id_checks').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** Every record, in id order. */
export function idChecksInOrder(db: Db) {
  return db.selectFrom('id_checks').selectAll().orderBy('id').execute();
}

/** What a correction needs to know of the record it corrects. */
export function idCheckToCorrect(trx: Transaction<DB>, idCheckId: number) {
  return trx.selectFrom('id_checks').select(['id', 'appointment_id', 'kind', 'outcome', 'rule_ids']).where('id', '=', idCheckId).executeTakeFirst();
}
