import type { Insertable, Transaction } from 'kysely';
import type { Db } from '../store/db';
import type { DB } from '../store/schema';

/** The statements of the demo day (demo-day.ts): one insert per table, all inside its transaction. */

/** Whether the table holds any row. */
export async function tableHasRows(db: Db, table: 'appointments' | 'centers' | 'candidates' | 'operators'): Promise<boolean> {
  return (
    (await db
      .selectFrom(table)
      .select((eb) => eb.lit(1).as('x'))
      .limit(1)
      .executeTakeFirst()) !== undefined
  );
}

export async function upsertSetting(trx: Transaction<DB>, key: string, value: string): Promise<void> {
  await trx
    .insertInto('settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

export async function insertCenter(trx: Transaction<DB>, values: Insertable<DB['centers']>): Promise<number> {
  return (await trx.insertInto('centers').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function insertSponsor(trx: Transaction<DB>, values: Insertable<DB['sponsors']>): Promise<number> {
  return (await trx.insertInto('sponsors').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function insertSubject(trx: Transaction<DB>, values: Insertable<DB['subjects']>): Promise<number> {
  return (await trx.insertInto('subjects').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function insertSubjectParts(trx: Transaction<DB>, values: Insertable<DB['subject_parts']>[]): Promise<void> {
  await trx.insertInto('subject_parts').values(values).execute();
}

export async function insertOperator(trx: Transaction<DB>, values: Insertable<DB['operators']>): Promise<void> {
  await trx.insertInto('operators').values(values).execute();
}

export async function insertRoom(trx: Transaction<DB>, values: Insertable<DB['rooms']>): Promise<number> {
  return (await trx.insertInto('rooms').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function insertSeats(trx: Transaction<DB>, values: Insertable<DB['seats']>[]): Promise<void> {
  await trx.insertInto('seats').values(values).execute();
}

export async function insertExamSession(trx: Transaction<DB>, values: Insertable<DB['exam_sessions']>): Promise<number> {
  return (await trx.insertInto('exam_sessions').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function insertCandidate(trx: Transaction<DB>, values: Insertable<DB['candidates']>): Promise<number> {
  return (await trx.insertInto('candidates').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function insertOrder(trx: Transaction<DB>, values: Insertable<DB['orders']>): Promise<number> {
  return (await trx.insertInto('orders').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function insertCoupon(trx: Transaction<DB>, values: Insertable<DB['coupons']>): Promise<void> {
  await trx.insertInto('coupons').values(values).execute();
}

export async function insertRedeemCode(trx: Transaction<DB>, values: Insertable<DB['redeem_codes']>): Promise<void> {
  await trx.insertInto('redeem_codes').values(values).execute();
}

export async function insertAppointmentRow(trx: Transaction<DB>, values: Insertable<DB['appointments']>): Promise<void> {
  await trx.insertInto('appointments').values(values).execute();
}
