import type { Migration, MigrationProvider } from 'kysely/migration';
import { centerMigration, type CenterDdlDialect } from './2026-11-30-001-center';

/**
 * The center server's migrations (#19), registered statically like the desk's. Each takes the
 * dialect because only the DDL differs. Names sort in the order they run; add new ones at the end.
 */
export function centerMigrations(dialect: CenterDdlDialect): Record<string, Migration> {
  return {
    '2026-11-30-001-center': centerMigration(dialect),
  };
}

export function centerMigrationProvider(dialect: CenterDdlDialect): MigrationProvider {
  return { getMigrations: async () => centerMigrations(dialect) };
}
