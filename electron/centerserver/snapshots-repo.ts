import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { appendCenterAudit } from './center-audit-repo';
import type { CenterDB, CenterDb } from './center-schema';

export interface CenterSnapshot {
  id: number;
  takenAt: string;
  fromDesk: string;
  bytes: Uint8Array;
  hashKey: string;
}

/**
 * Stores the day's working copy a joining desk starts from (a desk file and its hash key). Audited
 * with the file's size and sha256, never the hash key.
 */
export async function putSnapshot(db: Kysely<CenterDB>, s: { takenAt: string; fromDesk: string; bytes: Uint8Array; hashKey: string }): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const bytes = Buffer.from(s.bytes.buffer, s.bytes.byteOffset, s.bytes.byteLength);
    const row = await trx.insertInto('center_snapshots').values({ taken_at: s.takenAt, from_desk: s.fromDesk, bytes, hash_key: s.hashKey }).returning('id').executeTakeFirstOrThrow();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await appendCenterAudit(trx, { receivedAt: s.takenAt, desk: s.fromDesk, deskAt: s.takenAt, action: 'snapshot.put', subject: String(row.id), detail: { size: bytes.byteLength, sha256 } });
    return row.id;
  });
}

/** The newest snapshot (the highest id), if any. */
export async function latestSnapshot(db: CenterDb): Promise<CenterSnapshot | undefined> {
  const r = await db.selectFrom('center_snapshots').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();
  if (!r) return undefined;
  return { id: r.id, takenAt: r.taken_at, fromDesk: r.from_desk, bytes: new Uint8Array(r.bytes), hashKey: r.hash_key };
}
