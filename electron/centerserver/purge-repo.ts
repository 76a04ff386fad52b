import type { ExpressionBuilder, Transaction } from 'kysely';
import { appendCenterAudit } from './center-audit-repo';
import type { CenterDB, CenterDb } from './center-schema';

/*
 * REP-3 at the center (#19): the same retention rule as the desk (electron/exchange/retention),
 * applied to what the center keeps about every desk. An admission's desk time stands for its exam's
 * start (DAY-2 admits within 30 minutes of it), so a row whose desk_at is before the cutoff belongs
 * to an exam past retention. The audit chain is never touched: its entries hold admission codes,
 * operator names and counts, never a document number or a photo, and removing or editing one would
 * break every hash after it. The purge appends one entry with its counts.
 */

/** What is past retention at the center now (counts and the snapshots involved, never their contents). */
export interface CenterExpired {
  /** Check-ins of exams past retention, except those an open conflict still needs. */
  checkins: number;
  /** Resolved conflicts of exams past retention: removed. */
  conflicts: number;
  /** Open conflicts of exams past retention: kept until the manager resolves them (a conflict is never dropped). */
  openConflictsKept: number;
  /** Snapshots taken before the cutoff: removed whole, with their hash keys (as a backup from before the cutoff). */
  snapshotsBefore: number[];
  /** Snapshots taken since the cutoff: each is checked, and rewritten when it holds a purged candidate's data. */
  snapshotsSince: number[];
}

const count = (r: { n: number | string | bigint }) => Number(r.n);

/**
 * An open conflict about the check-in's appointment: the check-in stays with it, since the
 * manager's decision (kept-first or kept-second) needs the admission that stands.
 */
const openConflictOf = (eb: ExpressionBuilder<CenterDB, 'center_checkins'>) =>
  eb.selectFrom('center_conflicts as oc').select('oc.id').whereRef('oc.admission_code', '=', 'center_checkins.admission_code').where('oc.resolution', 'is', null);

export async function centerExpired(db: CenterDb, cutoff: string): Promise<CenterExpired> {
  const checkins = await db
    .selectFrom('center_checkins')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('desk_at', '<', cutoff)
    .where((eb) => eb.not(eb.exists(openConflictOf(eb))))
    .executeTakeFirstOrThrow();
  const conflicts = await db
    .selectFrom('center_conflicts')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('desk_at', '<', cutoff)
    .where('resolution', 'is not', null)
    .executeTakeFirstOrThrow();
  const open = await db
    .selectFrom('center_conflicts')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('desk_at', '<', cutoff)
    .where('resolution', 'is', null)
    .executeTakeFirstOrThrow();
  const snapshots = await db.selectFrom('center_snapshots').select(['id', 'taken_at']).orderBy('id').execute();
  return {
    checkins: count(checkins),
    conflicts: count(conflicts),
    openConflictsKept: count(open),
    snapshotsBefore: snapshots.filter((s) => s.taken_at < cutoff).map((s) => s.id),
    snapshotsSince: snapshots.filter((s) => s.taken_at >= cutoff).map((s) => s.id),
  };
}

/** One stored snapshot's desk file. */
export async function snapshotBytes(db: CenterDb, id: number): Promise<Uint8Array> {
  const r = await db.selectFrom('center_snapshots').select('bytes').where('id', '=', id).executeTakeFirstOrThrow();
  return new Uint8Array(r.bytes);
}

export interface CenterPurgeCounts {
  checkins: number;
  conflicts: number;
  openConflictsKept: number;
  snapshotsRemoved: number;
  snapshotsRewritten: number;
}

/**
 * Removes, in the caller's one center transaction, the check-ins and resolved conflicts of exams
 * before the cutoff and the given snapshots, replaces the bytes of the rewritten snapshots (a
 * desk file purged by the desk's own rule), and appends the purge's audit entry with the counts.
 */
export async function purgeCenterRows(
  trx: Transaction<CenterDB>,
  p: { cutoff: string; days: number; at: string; by: string; removeSnapshots: number[]; rewritten: { id: number; bytes: Uint8Array; sha256: string }[] },
): Promise<CenterPurgeCounts> {
  const checkins = await trx
    .deleteFrom('center_checkins')
    .where('desk_at', '<', p.cutoff)
    .where((eb) => eb.not(eb.exists(openConflictOf(eb))))
    .executeTakeFirst();
  const conflicts = await trx.deleteFrom('center_conflicts').where('desk_at', '<', p.cutoff).where('resolution', 'is not', null).executeTakeFirst();
  const open = await trx
    .selectFrom('center_conflicts')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('desk_at', '<', p.cutoff)
    .where('resolution', 'is', null)
    .executeTakeFirstOrThrow();
  let snapshotsRemoved = 0;
  if (p.removeSnapshots.length > 0) snapshotsRemoved = Number((await trx.deleteFrom('center_snapshots').where('id', 'in', p.removeSnapshots).executeTakeFirst()).numDeletedRows);
  for (const s of p.rewritten) {
    await trx
      .updateTable('center_snapshots')
      .set({ bytes: Buffer.from(s.bytes.buffer, s.bytes.byteOffset, s.bytes.byteLength) })
      .where('id', '=', s.id)
      .execute();
  }
  const counts: CenterPurgeCounts = {
    checkins: Number(checkins.numDeletedRows),
    conflicts: Number(conflicts.numDeletedRows),
    openConflictsKept: count(open),
    snapshotsRemoved,
    snapshotsRewritten: p.rewritten.length,
  };
  await appendCenterAudit(trx, {
    receivedAt: p.at,
    desk: 'manager',
    deskAt: p.at,
    action: 'center.purge',
    subject: p.cutoff,
    detail: { days: p.days, cutoff: p.cutoff, by: p.by, ...counts, rewritten: p.rewritten.map((s) => ({ id: s.id, sha256: s.sha256 })) },
  });
  return counts;
}
