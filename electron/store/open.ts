import Database from 'better-sqlite3';
import { Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DeskSqliteDialect } from './dialect';
import { migrationProvider } from './migrations/index';
import type { DB } from './schema';

export interface Store {
  readonly path: string;
  readonly db: Kysely<DB>;
  /** The raw connection: only for pragmas, online backup and integrity checks. */
  readonly sqlite: Database.Database;
  close(): Promise<void>;
}

/** A failure to open the store that an operator can act on. */
export class StoreOpenError extends Error {
  constructor(
    readonly code: 'STORE_LOCKED' | 'STORE_DAMAGED' | 'STORE_MIGRATION_FAILED',
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
}

/**
 * Opens the one SQLite file of a desk. The connection takes SQLite's EXCLUSIVE locking mode and a
 * write lock at once, so a second process or app instance cannot write to the file; the operating
 * system drops the lock if this process dies, so a crash never leaves the file stuck.
 */
export async function openStore(path: string, options: OpenOptions = {}): Promise<Store> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path, { timeout: options.busyTimeoutMs ?? 2000 });
  try {
    applyPragmas(sqlite, options.busyTimeoutMs ?? 2000);
    takeWriterLock(sqlite, path);
    const check = sqlite.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      throw new StoreOpenError(
        'STORE_DAMAGED',
        `The database ${path} failed its integrity check (${String(check)}). It was not opened for writing; restore the latest good backup.`,
      );
    }
  } catch (error) {
    sqlite.close();
    if (error instanceof StoreOpenError) throw error;
    throw translateOpenError(error, path);
  }
  const db = new Kysely<DB>({ dialect: new DeskSqliteDialect(sqlite) });
  if (options.migrate !== false) await migrateToLatest(db, path);
  return {
    path,
    db,
    sqlite,
    close: () => db.destroy(),
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
    return new StoreOpenError(
      'STORE_LOCKED',
      `The database ${path} is in use by another Exam Desk window or process. Close it first, or open a different file with --db.`,
    );
  }
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return new StoreOpenError(
      'STORE_DAMAGED',
      `The file ${path} is damaged or is not an Exam Desk database (${code}). It was not opened; restore the latest good backup.`,
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

export async function migrateToLatest(db: Kysely<DB>, path = 'the database'): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new StoreOpenError(
      'STORE_MIGRATION_FAILED',
      `Migration ${failed} failed on ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
