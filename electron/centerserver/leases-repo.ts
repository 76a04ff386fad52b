import type { Kysely } from 'kysely';
import { appendCenterAudit } from './center-audit-repo';
import type { CenterDB, CenterDb } from './center-schema';

/**
 * The manager leases a session (sessionKey) to one desk, which may then admit its candidates while
 * the center is unreachable; `desk: null` takes the lease back. Audited in the same transaction;
 * taking back a lease nobody holds changes nothing and writes nothing.
 */
export async function assignLease(db: Kysely<CenterDB>, l: { sessionKey: string; desk: string | null; by: string; at: string }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (l.desk === null) {
      const gone = await trx.deleteFrom('center_leases').where('session_key', '=', l.sessionKey).returning('desk').executeTakeFirst();
      if (!gone) return;
      await appendCenterAudit(trx, { receivedAt: l.at, desk: 'manager', deskAt: l.at, action: 'lease.unassign', subject: l.sessionKey, detail: { from: gone.desk, by: l.by } });
      return;
    }
    const before = await trx.selectFrom('center_leases').select('desk').where('session_key', '=', l.sessionKey).executeTakeFirst();
    await trx
      .insertInto('center_leases')
      .values({ session_key: l.sessionKey, desk: l.desk, assigned_by: l.by, assigned_at: l.at })
      .onConflict((oc) => oc.column('session_key').doUpdateSet({ desk: l.desk!, assigned_by: l.by, assigned_at: l.at }))
      .execute();
    await appendCenterAudit(trx, { receivedAt: l.at, desk: 'manager', deskAt: l.at, action: 'lease.assign', subject: l.sessionKey, detail: { to: l.desk, from: before?.desk ?? null, by: l.by } });
  });
}

/** Every lease, by session key. */
export async function listLeases(db: CenterDb): Promise<{ sessionKey: string; desk: string }[]> {
  const rows = await db.selectFrom('center_leases').select(['session_key', 'desk']).orderBy('session_key').execute();
  return rows.map((r) => ({ sessionKey: r.session_key, desk: r.desk }));
}
