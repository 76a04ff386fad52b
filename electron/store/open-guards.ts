import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { dirname, join } from 'node:path';
import { checkHashKey } from './hash-key';
import { listBackups } from '../exchange/backup/backup-files';
import { knownBackupFolders } from '../exchange/backup/backup-settings';
import { HeadsKeeper, headsPath, missingTail, readHeadsFile } from './chain-heads';
import type { DB } from './schema';

/** What is wrong with a store that opens but must not be worked on (see `openStore`'s `guard`). */
export interface StoreProblem {
  code: 'KEY_MISSING' | 'KEY_WRONG' | 'STORE_TAIL_MISSING';
  message: string;
}

/** The newest backup in any folder this database's backups are known to go to. */
export async function newestKnownBackup(db: Kysely<DB>, dbPath: string) {
  // A database that lost everything has no settings to read: look beside it.
  const folders = await knownBackupFolders(db, dbPath).catch(() => [join(dirname(dbPath), 'backups')]);
  const newest = folders.flatMap((f) => listBackups(f)).sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : 0))[0] ?? null;
  return { newest, folders };
}

/** #14.12: the records named in `<db>.heads` must still be in the database. */
export async function checkTail(sqlite: Database.Database, db: Kysely<DB>, dbPath: string): Promise<StoreProblem | null> {
  const file = readHeadsFile(dbPath);
  if (!file) return null;
  const missing = missingTail(sqlite, file);
  if (missing.length === 0) return null;
  const { newest, folders } = await newestKnownBackup(db, dbPath);
  const way = newest
    ? `The way back: restore the newest backup, ${newest.path} (taken ${newest.takenAt}), and enter again what was recorded after it; the current file is kept aside.`
    : `No backup was found in ${folders.join(', ')}. To carry on with what is left, a manager moves ${headsPath(dbPath)} aside and the lost records are entered again.`;
  return {
    code: 'STORE_TAIL_MISSING',
    message: `The newest records of ${dbPath} are gone: ${missing.join(', ')} had been written and acknowledged (${headsPath(dbPath)} names them) but the database no longer holds them; its WAL file was probably lost or damaged when the desk stopped. The desk did not open it, so that nobody works on without them. ${way}`,
  };
}

/**
 * The checks of an open store before it is handed out: the tail (before migrations write
 * anything) and the hash key (after). Returns the problems found and, when the tail is whole,
 * the keeper of the heads file (already brought up to date).
 */
export async function guardStore(sqlite: Database.Database, db: Kysely<DB>, dbPath: string, steps: { migrate(): Promise<void>; create: boolean }): Promise<{ problems: StoreProblem[]; keeper: HeadsKeeper | null }> {
  const tail = await checkTail(sqlite, db, dbPath);
  await steps.migrate();
  const key = await checkHashKey(db, dbPath, { create: steps.create && !tail });
  const problems = [tail, key].filter((p): p is StoreProblem => p !== null);
  if (tail) return { problems, keeper: null };
  const keeper = new HeadsKeeper(sqlite, dbPath);
  keeper.afterRelease();
  return { problems, keeper };
}
