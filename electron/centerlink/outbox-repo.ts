import type { Db } from '../store/db';

/*
 * The desk's center outbox (#19): admissions decided while the center was unreachable, replayed in
 * seq order with the same nonce. A row is written in the admission's own local transaction and
 * marked sent, with the center's answer, once the center took it.
 */

export interface OutboxRow {
  seq: number;
  nonce: string;
  admissionCode: string;
  payloadJson: string;
  createdAt: string;
}

export async function insertCenterOutbox(db: Db, r: { nonce: string; admissionCode: string; payloadJson: string; createdAt: string }): Promise<number> {
  const row = await db.insertInto('center_outbox').values({ nonce: r.nonce, admission_code: r.admissionCode, payload_json: r.payloadJson, created_at: r.createdAt }).returning('seq').executeTakeFirstOrThrow();
  return row.seq;
}

/** The rows not yet taken by the center, oldest first. */
export async function unsentCenterOutbox(db: Db): Promise<OutboxRow[]> {
  const rows = await db.selectFrom('center_outbox').select(['seq', 'nonce', 'admission_code', 'payload_json', 'created_at']).where('sent_at', 'is', null).orderBy('seq').execute();
  return rows.map((r) => ({ seq: r.seq, nonce: r.nonce, admissionCode: r.admission_code, payloadJson: r.payload_json, createdAt: r.created_at }));
}

export async function markCenterOutboxSent(db: Db, seq: number, at: string, answer: string): Promise<void> {
  await db.updateTable('center_outbox').set({ sent_at: at, answer }).where('seq', '=', seq).where('sent_at', 'is', null).execute();
}

/** How many rows still wait for the center. */
export async function centerOutboxDepth(db: Db): Promise<number> {
  const row = await db
    .selectFrom('center_outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('sent_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
