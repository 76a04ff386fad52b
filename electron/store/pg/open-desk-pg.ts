import { Kysely, PostgresDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import type { DB } from '../schema';
import { pgMigrationProvider } from './migrations/index';

/**
 * The desk's tables on PostgreSQL (#19): the same Kysely repositories run on the desk's SQLite file
 * (the desk's runtime, electron/store/open.ts) and here, which is how their tests prove they are
 * dialect-neutral. Only the DDL differs (./migrations). What stays SQLite-only: the pragmas, the
 * file's key and heads file, VACUUM INTO backups and the retention purge's vacuum.
 */

/** Kysely's migration bookkeeping of the desk's tables on PostgreSQL, apart from the center's. */
export const DESK_PG_MIGRATION_TABLE = 'desk_kysely_migration';
export const DESK_PG_MIGRATION_LOCK_TABLE = 'desk_kysely_migration_lock';

const INT8 = 20;

/**
 * count(*) and sum() of integers are bigint on PostgreSQL, which pg answers as a string; SQLite
 * answers a number. The desk's figures all fit a JavaScript number, so this pool reads bigint as a
 * number (a value beyond 2^53 throws instead of losing digits). Only this pool: pg's global parsers stay.
 */
const deskTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === INT8 && format !== 'binary') {
      return (v: string) => {
        const n = Number(v);
        if (!Number.isSafeInteger(n)) throw new Error(`bigint ${v} does not fit a JavaScript number`);
        return n;
      };
    }
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

export interface DeskPgOptions {
  /** Connections in the pool. */
  max?: number;
  connectTimeoutMs?: number;
}

export function openDeskPg(url: string, o: DeskPgOptions = {}): Kysely<DB> {
  const pool = new pg.Pool({ connectionString: url, max: o.max ?? 4, connectionTimeoutMillis: o.connectTimeoutMs ?? 30_000, types: deskTypes });
  pool.on('error', () => {
    // A dropped idle connection: the pool discarded it; the next statement reconnects or fails.
  });
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
}

/** Creates or updates the desk's tables on PostgreSQL; a failed migration throws naming it. */
export async function migrateDeskPg(db: Kysely<DB>): Promise<void> {
  const migrator = new Migrator({ db, provider: pgMigrationProvider, migrationTableName: DESK_PG_MIGRATION_TABLE, migrationLockTableName: DESK_PG_MIGRATION_LOCK_TABLE });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Desk PostgreSQL migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
