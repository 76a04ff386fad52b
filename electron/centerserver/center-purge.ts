import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDatabaseFile } from '../exchange/backup/backup-files';
import { expiredCandidates, expiredCenterOutbox, prepareSecureDelete, purgeCandidates, purgeCenterOutbox, vacuumInto } from '../exchange/retention/purge-repo';
import type { DB } from '../store/schema';
import type { CenterDB } from './center-schema';
import { centerExpired, purgeCenterRows, snapshotBytes, type CenterPurgeCounts } from './purge-repo';

export interface CenterPurgeReport extends CenterPurgeCounts {
  days: number;
  cutoff: string;
  /** Snapshots since the cutoff that hold a purged candidate's document number or photo (rewritten, or removed when they cannot be). */
  snapshotsHolding: number;
  dryRun: boolean;
}

function withDeskFile<T>(path: string, work: (db: Kysely<DB>) => Promise<T>): Promise<T> {
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: new Database(path, { fileMustExist: true }) }) });
  return work(db).finally(() => db.destroy());
}

type SnapshotFate = { kind: 'clean' } | { kind: 'rewritten'; bytes: Uint8Array; sha256: string } | { kind: 'remove' };

/**
 * A snapshot newer than the cutoff is a desk file: the desk's own rule (expiredCandidates /
 * purgeCandidates, and its center outbox) runs on a private temp copy with secure_delete, which is then copied again with
 * VACUUM INTO so no freed page of the old data survives, and checked. One that cannot be read or
 * rewritten cannot be shown clean and is removed, as a backup would be.
 */
async function judgeSnapshot(bytes: Uint8Array, cutoff: string, at: string, dryRun: boolean): Promise<SnapshotFate> {
  const dir = mkdtempSync(join(tmpdir(), 'exam-desk-center-purge-'));
  try {
    const work = join(dir, 'work.sqlite');
    const clean = join(dir, 'clean.sqlite');
    writeFileSync(work, bytes, { mode: 0o600 });
    let ids: number[];
    let outbox: number;
    try {
      [ids, outbox] = await withDeskFile(work, async (db) => [(await expiredCandidates(db, cutoff)).ids, await expiredCenterOutbox(db, cutoff)] as const);
    } catch {
      return { kind: 'remove' };
    }
    if (ids.length === 0 && outbox === 0) return { kind: 'clean' };
    if (dryRun) return { kind: 'remove' };
    try {
      await withDeskFile(work, async (db) => {
        await prepareSecureDelete(db);
        await db.transaction().execute(async (trx) => {
          await purgeCandidates(trx, ids, at);
          await purgeCenterOutbox(trx, cutoff);
        });
        await vacuumInto(db, clean);
      });
      if (checkDatabaseFile(clean, false) !== 'ok') return { kind: 'remove' };
      const out = readFileSync(clean);
      return { kind: 'rewritten', bytes: out, sha256: createHash('sha256').update(out).digest('hex') };
    } catch {
      return { kind: 'remove' };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * REP-3 at the center (#19): the same retention period as the desks. Check-ins and resolved
 * conflicts of exams before the cutoff and snapshots taken before it are removed; newer snapshots
 * holding a purged candidate's data are rewritten by the desk's rule; open conflicts are kept for
 * the manager. All in one center transaction with one center audit entry (counts only). The chain
 * is kept whole, so it still verifies. `dryRun` only counts.
 */
export async function purgeCenter(center: Kysely<CenterDB>, o: { now: Date; days: number; by: string; dryRun?: boolean }): Promise<CenterPurgeReport> {
  const cutoff = new Date(o.now.getTime() - o.days * 86_400_000).toISOString();
  const at = o.now.toISOString();
  const dryRun = o.dryRun === true;
  const found = await centerExpired(center, cutoff);
  const rewritten: { id: number; bytes: Uint8Array; sha256: string }[] = [];
  const remove = [...found.snapshotsBefore];
  let holding = 0;
  for (const id of found.snapshotsSince) {
    const fate = await judgeSnapshot(await snapshotBytes(center, id), cutoff, at, dryRun);
    if (fate.kind === 'clean') continue;
    holding++;
    if (fate.kind === 'rewritten') rewritten.push({ id, bytes: fate.bytes, sha256: fate.sha256 });
    else remove.push(id);
  }
  const head = { days: o.days, cutoff, snapshotsHolding: holding };
  if (dryRun) {
    return { ...head, checkins: found.checkins, conflicts: found.conflicts, openConflictsKept: found.openConflictsKept, snapshotsRemoved: found.snapshotsBefore.length, snapshotsRewritten: 0, dryRun };
  }
  const counts = await center.transaction().execute((trx) => purgeCenterRows(trx, { cutoff, days: o.days, at, by: o.by, removeSnapshots: remove, rewritten }));
  return { ...head, ...counts, dryRun };
}
