import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import { sturdyPool } from './center-pool';
import type { CenterDB } from './center-schema';
import { centerMigrationProvider } from './migrations/index';

/** Which database holds the center's tables: PostgreSQL at a center, SQLite in the repositories' tests. */
export type CenterDialect = 'postgres' | 'sqlite';

export interface CenterPgOptions {
  /** How long a desk waits for a connection to the center (ms). */
  connectTimeoutMs?: number;
  /** How long one statement may take, on the desk's side (query_timeout) and the server's (statement_timeout), in ms. */
  queryTimeoutMs?: number;
  /** Connections in the desk's pool. */
  max?: number;
}

/** The default of both timeouts: a desk decides alone after about three seconds without an answer (#19). */
export const CENTER_TIMEOUT_MS = 3000;

/**
 * Connects to the center's PostgreSQL. A desk needs few connections; the timeouts bound every call,
 * so an unreachable center turns into an error within seconds instead of a hang. An idle connection
 * that the server or the network drops reports on the pool's 'error' event: it is taken out of the
 * pool and the next statement fails or reconnects, so the event must not crash the desk. A
 * connection that broke or timed out under a statement is closed, not reused (center-pool.ts).
 */
export function openCenterPg(url: string, o: CenterPgOptions = {}): Kysely<CenterDB> {
  const queryTimeout = o.queryTimeoutMs ?? CENTER_TIMEOUT_MS;
  const pool = new pg.Pool({
    connectionString: url,
    connectionTimeoutMillis: o.connectTimeoutMs ?? CENTER_TIMEOUT_MS,
    query_timeout: queryTimeout,
    statement_timeout: queryTimeout,
    max: o.max ?? 4,
    keepAlive: true,
    allowExitOnIdle: true,
  });
  pool.on('error', () => {
    // A dropped idle connection: the pool already discarded it; the next call decides online or offline.
  });
  return new Kysely<CenterDB>({ dialect: new PostgresDialect({ pool: sturdyPool(pool) }) });
}

/** The center's tables in a SQLite file: for the repositories' tests on both dialects. */
export function openCenterSqlite(path: string): Kysely<CenterDB> {
  const sqlite = new Database(path, { timeout: 5000 });
  sqlite.pragma('journal_mode = WAL');
  return new Kysely<CenterDB>({ dialect: new SqliteDialect({ database: sqlite }) });
}

/** Names of the center's migration bookkeeping, apart from the desk's, so one SQLite file could hold both. */
export const CENTER_MIGRATION_TABLE = 'center_kysely_migration';
export const CENTER_MIGRATION_LOCK_TABLE = 'center_kysely_migration_lock';

/** Creates or updates the center's tables; a failed migration throws naming the migration. */
export async function migrateCenter(db: Kysely<CenterDB>, dialect: CenterDialect): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: centerMigrationProvider(dialect),
    migrationTableName: CENTER_MIGRATION_TABLE,
    migrationLockTableName: CENTER_MIGRATION_LOCK_TABLE,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Center migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/**
 * The center's address for screens, logs and the audit: scheme, user, host, port and database,
 * never the password (nor any query parameter, which may carry one).
 */
export function redactUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return '(not a valid center address)';
  }
  const user = u.username ? `${u.username}@` : '';
  return `${u.protocol}//${user}${u.host}${u.pathname}`;
}
