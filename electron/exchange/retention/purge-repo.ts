import { sql, type Transaction } from 'kysely';
import type { DB } from '../../store/schema';
import type { Db } from '../../store/db';

/**
 * REP-3: the candidates still holding a full document number or a photo, none of whose
 * appointments is at or after the cutoff. The same question for the live store and for each
 * backup, so a backup is purged by exactly the rule the desk applied to itself.
 */
export async function expiredCandidates(db: Db, cutoff: string): Promise<{ ids: number[]; photos: number }> {
  const expired = await db
    .selectFrom('candidates as c')
    .select('c.id')
    .where((eb) => eb.or([eb('c.id_number', 'is not', null), eb.exists(eb.selectFrom('photos as p').select('p.id').whereRef('p.candidate_id', '=', 'c.id'))]))
    .where((eb) => eb.not(eb.exists(eb.selectFrom('appointments as a').select('a.id').whereRef('a.candidate_id', '=', 'c.id').where('a.starts_at', '>=', cutoff))))
    .execute();
  const ids = expired.map((e) => e.id);
  let photos = 0;
  for (let i = 0; i < ids.length; i += 400) {
    const chunk = ids.slice(i, i + 400);
    photos += Number(
      (
        await db
          .selectFrom('photos')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('candidate_id', 'in', chunk)
          .executeTakeFirstOrThrow()
      ).n,
    );
  }
  return { ids, photos };
}

/** Deletes the photos and full document numbers of these candidates (masked last 4 and keyed hash stay). */
export async function purgeCandidates(trx: Transaction<DB>, ids: number[], at: string): Promise<void> {
  for (let i = 0; i < ids.length; i += 400) {
    const chunk = ids.slice(i, i + 400);
    await trx.deleteFrom('photos').where('candidate_id', 'in', chunk).execute();
    await trx.updateTable('candidates').set({ id_number: null, purged_at: at }).where('id', 'in', chunk).execute();
  }
}

/** Copies the whole database (read through any WAL) into a new file at `path` (VACUUM INTO). */
export async function vacuumInto(db: Db, path: string): Promise<void> {
  await sql`VACUUM INTO ${path}`.execute(db);
}

/** A working copy about to be purged: no WAL beside it, and freed cells zeroed (secure_delete). */
export async function prepareSecureDelete(db: Db): Promise<void> {
  await sql`PRAGMA journal_mode = DELETE`.execute(db);
  await sql`PRAGMA secure_delete = ON`.execute(db);
}

/**
 * REP-3 for a joined desk's copy (#19): center outbox rows already taken by the center whose
 * admission is before the cutoff. Their payload is the claim (admission code, operator, override
 * reason); the check-in itself stays in check_ins. Rows not yet sent are never counted: they must
 * still reach the center. A desk file from before the center link (an old backup) has none.
 */
export async function expiredCenterOutbox(db: Db, cutoff: string): Promise<number> {
  if (!(await hasCenterOutbox(db))) return 0;
  const r = await db
    .selectFrom('center_outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('sent_at', 'is not', null)
    .where('created_at', '<', cutoff)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Deletes the rows expiredCenterOutbox counts, in the purge's transaction. */
export async function purgeCenterOutbox(trx: Transaction<DB>, cutoff: string): Promise<number> {
  if (!(await hasCenterOutbox(trx))) return 0;
  const r = await trx.deleteFrom('center_outbox').where('sent_at', 'is not', null).where('created_at', '<', cutoff).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** Kysely's introspection reads sqlite_master on SQLite and the catalog on PostgreSQL (#19). */
async function hasCenterOutbox(db: Db): Promise<boolean> {
  return (await db.introspection.getTables()).some((t) => t.name === 'center_outbox');
}
