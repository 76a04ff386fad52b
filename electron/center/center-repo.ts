import type { Insertable, Transaction, Updateable } from 'kysely';
import type { CenterView, SetupStep } from '../../shared/center/contract';
import type { DB } from '../store/schema';
import type { Db } from '../store/db';

/** Set-up steps a center set up on this desk has still to walk (backup folder, retention). */
export const PENDING_KEY = 'center.setupPending';

/** The desk's center (a desk holds one), or undefined before set-up. */
export async function centerRow(db: Db) {
  return db.selectFrom('centers').selectAll().orderBy('id').limit(1).executeTakeFirst();
}

/** What is scheduled at the center: while anything is, its time zone stays as it is. */
export async function scheduledCounts(db: Db): Promise<{ sessions: number; appointments: number }> {
  const s = await db
    .selectFrom('exam_sessions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const a = await db
    .selectFrom('appointments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { sessions: Number(s.n), appointments: Number(a.n) };
}

export async function chosenProfiles(db: Db, centerId: number): Promise<string[]> {
  const rows = await db.selectFrom('center_profiles').select('profile_id').where('center_id', '=', centerId).orderBy('profile_id').execute();
  return rows.map((r) => r.profile_id);
}

/** Replaces the center's chosen profiles (inside the caller's transaction). */
export async function replaceProfiles(trx: Transaction<DB>, centerId: number, profiles: string[], at: string, operatorId: number | null): Promise<void> {
  await trx.deleteFrom('center_profiles').where('center_id', '=', centerId).execute();
  if (profiles.length === 0) return;
  await trx
    .insertInto('center_profiles')
    .values([...new Set(profiles)].map((profile_id) => ({ center_id: centerId, profile_id, chosen_at: at, chosen_by: operatorId })))
    .execute();
}

export async function centerView(db: Db): Promise<CenterView | null> {
  const c = await centerRow(db);
  if (!c) return null;
  return {
    code: c.code,
    name: c.name,
    nameEn: c.name_en,
    address: c.address,
    city: c.city,
    timeZone: c.time_zone,
    profiles: await chosenProfiles(db, c.id),
    scheduled: await scheduledCounts(db),
  };
}

export async function pendingSteps(db: Db): Promise<SetupStep[]> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', PENDING_KEY).executeTakeFirst();
  return row ? (row.value.split(',').filter(Boolean) as SetupStep[]) : [];
}

export async function setSetting(db: Db, key: string, value: string): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/** A new center (set-up); its id. */
export async function insertCenter(trx: Transaction<DB>, values: Insertable<DB['centers']>): Promise<number> {
  return (await trx.insertInto('centers').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateCenterRow(trx: Transaction<DB>, id: number, values: Updateable<DB['centers']>): Promise<void> {
  await trx.updateTable('centers').set(values).where('id', '=', id).execute();
}

export function sponsorCodesAndNames(trx: Transaction<DB>) {
  return trx.selectFrom('sponsors').select(['code', 'name']).execute();
}

export async function insertSponsor(trx: Transaction<DB>, values: { code: string; name: string }): Promise<void> {
  await trx.insertInto('sponsors').values(values).execute();
}

export async function roomCodesOfCenter(trx: Transaction<DB>, centerId: number): Promise<string[]> {
  return (await trx.selectFrom('rooms').select('code').where('center_id', '=', centerId).execute()).map((r) => r.code);
}

/** A new room without a proctor's place; its id. */
export async function insertRoom(trx: Transaction<DB>, values: { center_id: number; code: string; name: string; rows: number; cols: number }): Promise<number> {
  return (
    await trx
      .insertInto('rooms')
      .values({ ...values, proctor_row: null, proctor_col: null })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

export async function insertSeats(trx: Transaction<DB>, seats: Insertable<DB['seats']>[]): Promise<void> {
  await trx.insertInto('seats').values(seats).execute();
}

/** Whether any room has a working seat. */
export async function hasWorkingSeat(db: Db): Promise<boolean> {
  return (await db.selectFrom('seats as s').innerJoin('rooms as r', 'r.id', 's.room_id').where('s.status', '=', 'ok').select('s.id').limit(1).executeTakeFirst()) !== undefined;
}

/** Whether any proctor account is active. */
export async function hasActiveProctor(db: Db): Promise<boolean> {
  return (await db.selectFrom('operators').select('id').where('role', '=', 'proctor').where('disabled', '=', 0).limit(1).executeTakeFirst()) !== undefined;
}

/** Which of these settings are stored. */
export async function storedSettingKeys(db: Db, keys: string[]): Promise<Set<string>> {
  return new Set((await db.selectFrom('settings').select('key').where('key', 'in', keys).execute()).map((r) => r.key));
}
