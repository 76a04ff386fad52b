import Database from 'better-sqlite3';
import { Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { withAfterRelease } from './after-release';
import type { HeadsKeeper } from './chain-heads';
import { DeskSqliteDialect } from './dialect';
import { migrationProvider } from './migrations/index';
import { guardStore, type StoreProblem } from './open-guards';
import { ensurePrivateFile, makePrivate } from './private-file';
import type { DB } from './schema';

export interface Store {
  readonly path: string;
  readonly db: Kysely<DB>;
  /** The raw connection: only for pragmas, online backup and integrity checks. */
  readonly sqlite: Database.Database;
  /** With `guard: 'report'`: what is wrong (a missing or wrong key, a lost tail); else always empty. */
  readonly problems: StoreProblem[];
  close(): Promise<void>;
}

/** A failure to open the store that an operator can act on. */
export class StoreOpenError extends Error {
  constructor(
    readonly code: 'STORE_LOCKED' | 'STORE_DAMAGED' | 'STORE_MIGRATION_FAILED' | StoreProblem['code'],
    message: string,
  ) {
    super(message);
    this.name = 'StoreOpenError';
  }
}

export interface OpenOptions {
  /** Milliseconds a statement waits for a lock held by another connection. */
  busyTimeoutMs?: number;
  /** Skip migrations (tests of migrations run them step by step). */
  migrate?: boolean;
  /**
   * 'enforce' (default): a missing or wrong hash key or a lost tail stops the open (StoreOpenError
   * KEY_MISSING, KEY_WRONG, STORE_TAIL_MISSING). 'report': the store opens for looking only
   * (`desk check`), nothing is created, and the problems are in `store.problems`.
   */
  guard?: 'enforce' | 'report';
}

/**
 * Opens the one SQLite file of a desk. The connection takes SQLite's EXCLUSIVE locking mode and a
 * write lock at once, so a second process or app instance cannot write to the file; the operating
 * system drops the lock if this process dies, so a crash never leaves the file stuck.
 */
export async function openStore(path: string, options: OpenOptions = {}): Promise<Store> {
  if (path !== ':memory:') {
    mkdirSync(dirname(path), { recursive: true });
    // 0600 before SQLite opens it: the WAL and -shm it creates take the database file's mode (#14.11).
    ensurePrivateFile(path);
  }
  const sqlite = new Database(path, { timeout: options.busyTimeoutMs ?? 2000 });
  try {
    applyPragmas(sqlite, options.busyTimeoutMs ?? 2000);
    takeWriterLock(sqlite, path);
    const check = sqlite.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      throw new StoreOpenError('STORE_DAMAGED', `The database ${path} failed its integrity check (${String(check)}). It was not opened for writing; restore the latest good backup.`);
    }
  } catch (error) {
    sqlite.close();
    if (error instanceof StoreOpenError) throw error;
    throw translateOpenError(error, path);
  }
  for (const ext of ['-wal', '-shm']) makePrivate(path + ext);
  // After each commit the heads file follows the chain heads (#14.12).
  let keeper: HeadsKeeper | null = null;
  const db = new Kysely<DB>({ dialect: withAfterRelease(new DeskSqliteDialect(sqlite), () => keeper?.afterRelease()) });
  const migrate = () => (options.migrate !== false ? migrateToLatest(db, path) : Promise.resolve());
  let problems: StoreProblem[] = [];
  if (path === ':memory:' || options.migrate === false) await migrate();
  else {
    try {
      ({ problems, keeper } = await guardStore(sqlite, db, path, { migrate, create: options.guard !== 'report' }));
    } catch (error) {
      await db.destroy();
      throw error;
    }
    if (problems[0] && options.guard !== 'report') {
      await db.destroy();
      throw new StoreOpenError(problems[0].code, problems[0].message);
    }
  }
  return {
    path,
    db,
    sqlite,
    problems,
    close: async () => {
      keeper?.afterRelease();
      await db.destroy();
    },
  };
}

export function applyPragmas(sqlite: Database.Database, busyTimeoutMs: number): void {
  sqlite.pragma('locking_mode = EXCLUSIVE');
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('secure_delete = ON');
  sqlite.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
}

function takeWriterLock(sqlite: Database.Database, path: string): void {
  try {
    // In EXCLUSIVE locking mode the write lock taken here is held until the connection closes.
    sqlite.exec('BEGIN IMMEDIATE; COMMIT;');
  } catch (error) {
    throw translateOpenError(error, path);
  }
}

function translateOpenError(error: unknown, path: string): Error {
  const code = (error as { code?: string }).code ?? '';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new StoreOpenError('STORE_LOCKED', `The database ${path} is in use by another Exam Desk window or process. Close it first, or open a different file with --db.`);
  }
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return new StoreOpenError('STORE_DAMAGED', `The file ${path} is damaged or is not an Exam Desk database (${code}). It was not opened; restore the latest good backup.`);
  }
  return error instanceof Error ? error : new Error(String(error));
}

export async function migrateToLatest(db: Kysely<DB>, path = 'the database'): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new StoreOpenError('STORE_MIGRATION_FAILED', `Migration ${failed} failed on ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
