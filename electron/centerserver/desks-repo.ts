import { appendCenterAudit, inCenterTransaction } from './center-audit-repo';
import type { CenterDb } from './center-schema';

/**
 * A desk was in contact: the first contact adds it (audited 'desk.joined'), later ones move its
 * last contact time forward.
 */
export async function touchDesk(db: CenterDb, name: string, at: string): Promise<void> {
  await inCenterTransaction(db, async (trx) => {
    const added = await trx
      .insertInto('center_desks')
      .values({ name, joined_at: at, last_contact_at: at })
      .onConflict((oc) => oc.doNothing())
      .returning('name')
      .executeTakeFirst();
    if (added) {
      await appendCenterAudit(trx, { receivedAt: at, desk: name, deskAt: at, action: 'desk.joined', subject: name, detail: null });
      return;
    }
    await trx.updateTable('center_desks').set({ last_contact_at: at }).where('name', '=', name).where('last_contact_at', '<', at).execute();
  });
}

/** Every desk that ever joined, by name. */
export async function listDesks(db: CenterDb): Promise<{ name: string; joinedAt: string; lastContactAt: string }[]> {
  const rows = await db.selectFrom('center_desks').selectAll().orderBy('name').execute();
  return rows.map((r) => ({ name: r.name, joinedAt: r.joined_at, lastContactAt: r.last_contact_at }));
}
