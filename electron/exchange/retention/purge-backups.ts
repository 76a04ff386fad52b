import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ensurePrivateFile, fsyncFolder, makePrivate } from '../../store/private-file';
import type { DB } from '../../store/schema';
import { checkDatabaseFile, listBackups, removeBackup, type BackupFile } from '../backup/backup-files';
import type { BackupPurgeView } from '../../../shared/exchange/backup-contract';
import { expiredCandidates, expiredCenterOutbox, prepareSecureDelete, purgeCandidates, purgeCenterOutbox, vacuumInto } from './purge-repo';

/** What the purge did to (or, in a dry run, found in) the backups it knows of (#14.6): the view the screen shows. */
export type BackupPurge = BackupPurgeView;

function withBackup<T>(path: string, readonly: boolean, work: (db: Kysely<DB>) => Promise<T>): Promise<T> {
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: new Database(path, { readonly, fileMustExist: true }) }) });
  return work(db).finally(() => db.destroy());
}

function removeSide(path: string): void {
  for (const ext of ['', '-wal', '-shm', '-journal']) rmSync(path + ext, { force: true });
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Rewrites one backup without the purged data: a fresh copy (VACUUM INTO, read through any WAL)
 * is purged by the same rule with secure_delete on, copied again with VACUUM INTO (so no free
 * page of the old data survives), checked, and renamed over the backup; nothing old remains in
 * the backup's file or beside it. The key beside the backup stays: it is the same key.
 */
async function rewriteBackup(file: BackupFile, cutoff: string, at: string): Promise<void> {
  const work = `${file.path}.purging`;
  const clean = `${file.path}.purged`;
  removeSide(work);
  removeSide(clean);
  try {
    ensurePrivateFile(work);
    ensurePrivateFile(clean);
    await withBackup(file.path, true, (db) => vacuumInto(db, work));
    await withBackup(work, false, async (db) => {
      await prepareSecureDelete(db);
      const { ids } = await expiredCandidates(db, cutoff);
      await db.transaction().execute(async (trx) => {
        await purgeCandidates(trx, ids, at);
        await purgeCenterOutbox(trx, cutoff);
      });
      await vacuumInto(db, clean);
    });
    const check = checkDatabaseFile(clean, false);
    if (check !== 'ok') throw new Error(`the rewritten copy failed its check (${check})`);
    makePrivate(clean);
    fsyncFile(clean);
    rmSync(`${file.path}-wal`, { force: true });
    rmSync(`${file.path}-shm`, { force: true });
    renameSync(clean, file.path);
    fsyncFolder(dirname(file.path));
  } finally {
    removeSide(work);
    removeSide(clean);
  }
}

/**
 * REP-3 for backups: every backup in the known folders that holds data past retention is dealt
 * with. One taken before the cutoff is removed whole (as before); a newer one holding a purged
 * candidate's full number or photo is rewritten, or removed when it cannot be. `dryRun` only counts.
 */
export async function purgeBackups(folders: string[], opts: { cutoff: string; at: string; dryRun: boolean }): Promise<BackupPurge> {
  const seen = new Set<string>();
  const files = folders.flatMap((f) => listBackups(f)).filter((b) => !seen.has(resolve(b.path)) && seen.add(resolve(b.path)));
  const r: BackupPurge = { folders, found: files.length, holding: 0, rewritten: 0, removed: 0, failed: 0, failures: [] };
  const remove = (b: BackupFile, why: string) => {
    try {
      removeBackup(b.path);
      if (existsSync(b.path)) throw new Error('the file is still there');
      r.removed++;
    } catch (e) {
      r.failed++;
      r.failures.push(`${b.path}: ${why}; removing it failed too (${e instanceof Error ? e.message : String(e)})`);
    }
  };
  for (const b of files) {
    if (b.takenAt < opts.cutoff) {
      r.holding++;
      if (!opts.dryRun) remove(b, 'past retention');
      continue;
    }
    let holds: boolean;
    try {
      holds = await withBackup(b.path, true, async (db) => (await expiredCandidates(db, opts.cutoff)).ids.length > 0 || (await expiredCenterOutbox(db, opts.cutoff)) > 0);
    } catch {
      holds = true; // unreadable: it cannot be shown clean, so it is treated as holding data
    }
    if (!holds) continue;
    r.holding++;
    if (opts.dryRun) continue;
    try {
      await rewriteBackup(b, opts.cutoff, opts.at);
      r.rewritten++;
    } catch (e) {
      remove(b, `it could not be rewritten (${e instanceof Error ? e.message : String(e)})`);
    }
  }
  return r;
}
