import Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ensurePrivateFile, makePrivate } from '../../store/private-file';
import type { DB } from '../../store/schema';
import { rememberBackupFolder } from './backup-settings';
import { totalChanges } from './backup-repo';

/**
 * The parts of the open store a backup reads (an open `Store` is one). Declared here rather than
 * imported from store/open, which itself looks for backups while it opens (no import cycle).
 */
export interface BackupSource {
  readonly path: string;
  readonly db: Kysely<DB>;
  readonly sqlite: Database.Database;
}

/** A backup file in a backup folder: `exam-desk-<center>-<YYYYMMDD-HHmmss>Z.sqlite` (+ `.key`). */
export interface BackupFile {
  path: string;
  name: string;
  /** When the backup was taken (ISO UTC, from the name). */
  takenAt: string;
  bytes: number;
}

/** A backup just written, with SQLite's change counter of the store at the moment it was copied. */
export type WrittenBackup = BackupFile & { changesAt: number };

/**
 * How many rows the store's one connection has changed since it opened (SQLite's total_changes()).
 * The desk is the only writer (EXCLUSIVE locking), so every committed change moves it.
 */
export async function changeCount(store: BackupSource): Promise<number> {
  return totalChanges(store.db);
}

const NAME = /^exam-desk-(.+)-(\d{8})-(\d{6})Z\.sqlite$/;

export function backupName(centerCode: string, at: Date): string {
  const iso = at.toISOString();
  const stamp = `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}`;
  return `exam-desk-${centerCode.replace(/[^A-Za-z0-9-]/g, '_')}-${stamp}Z.sqlite`;
}

/** The backups in a folder, newest first. */
export function listBackups(folder: string): BackupFile[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .flatMap((name) => {
      const m = NAME.exec(name);
      if (!m) return [];
      const [d, t] = [m[2]!, m[3]!];
      const takenAt = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}.000Z`;
      const path = join(folder, name);
      return [{ path, name, takenAt, bytes: statSync(path).size }];
    })
    .sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : 0));
}

/** SQLite's own check of a database file, opened read-only: 'ok' or what is wrong. */
export function checkDatabaseFile(path: string, thorough = true): string {
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const rows = db.pragma(thorough ? 'integrity_check' : 'quick_check', { simple: false }) as Record<string, string>[];
    const text = rows.map((r) => Object.values(r)[0]).join('; ');
    if (text !== 'ok') return text;
    const hasMigrations = db.prepare("select count(*) as n from sqlite_master where name = 'kysely_migration'").get() as { n: number };
    return hasMigrations.n === 1 ? 'ok' : 'not an Exam Desk database';
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  } finally {
    db?.close();
  }
}

/**
 * Takes an online backup (SQLite's backup API, consistent while the desk keeps working), checks
 * the copy, puts the hash key beside it and keeps the newest `keep` backups of the folder.
 */
export async function backupNow(store: BackupSource, folder: string, opts: { centerCode: string; at: Date; keep: number }): Promise<WrittenBackup> {
  mkdirSync(folder, { recursive: true });
  const name = backupName(opts.centerCode, opts.at);
  const target = join(folder, name);
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  // Created 0600 first: SQLite's backup writes into it and keeps its mode (#14.11).
  ensurePrivateFile(partial);
  // Holding the store's one connection makes the backup wait for an open transaction (a long
  // import) to commit, so a backup never copies half of one. The folder is recorded first (the
  // purge finds every backup it wrote), and the change counter read with nothing in between.
  const changesAt = await store.db.connection().execute(async (conn) => {
    await rememberBackupFolder(conn, folder);
    const n = await totalChanges(conn);
    await store.sqlite.backup(partial);
    return n;
  });
  const check = checkDatabaseFile(partial, false);
  if (check !== 'ok') {
    rmSync(partial, { force: true });
    throw new Error(`The backup copy failed its check (${check}); nothing was kept.`);
  }
  makePrivate(partial);
  renameSync(partial, target);
  const key = `${store.path}.key`;
  if (existsSync(key)) {
    copyFileSync(key, `${target}.key`);
    makePrivate(`${target}.key`);
  }
  for (const old of listBackups(folder).slice(Math.max(1, opts.keep))) removeBackup(old.path);
  return { ...listBackups(folder).find((b) => b.name === name)!, changesAt };
}

/** Removes a backup with its key and any WAL or journal left beside it. */
export function removeBackup(path: string): void {
  for (const ext of ['', '.key', '-wal', '-shm', '-journal']) rmSync(path + ext, { force: true });
}

/**
 * Restores a backup over a database that no process has open: the backup is checked first, the
 * current file (with its WAL and key) is kept aside as `<db>.before-restore-<stamp>`.
 */
export function restoreBackup(backupPath: string, dbPath: string, at: Date): { keptAside: string | null } {
  const check = checkDatabaseFile(backupPath, true);
  if (check !== 'ok') throw new Error(`The backup ${basename(backupPath)} failed its integrity check (${check}); nothing was changed.`);
  mkdirSync(dirname(dbPath), { recursive: true });
  let keptAside: string | null = null;
  if (existsSync(dbPath)) {
    keptAside = `${dbPath}.before-restore-${at.toISOString().replace(/[:.]/g, '-')}`;
    renameSync(dbPath, keptAside);
    for (const ext of ['-wal', '-shm', '.key']) if (existsSync(dbPath + ext)) renameSync(dbPath + ext, keptAside + ext);
  }
  // The heads file goes aside too: it names the records of the file kept aside, not of the backup.
  const heads = `${dbPath}.heads`;
  if (existsSync(heads)) renameSync(heads, `${keptAside ?? `${dbPath}.before-restore-${at.toISOString().replace(/[:.]/g, '-')}`}.heads`);
  copyFileSync(backupPath, dbPath);
  makePrivate(dbPath);
  if (existsSync(`${backupPath}.key`)) {
    copyFileSync(`${backupPath}.key`, `${dbPath}.key`);
    makePrivate(`${dbPath}.key`);
  }
  return { keptAside };
}
