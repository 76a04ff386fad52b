import { sql, type CreateTableBuilder, type Kysely } from 'kysely';

/**
 * Helpers shared by the frozen migration files. They only shape DDL; they never change what an
 * already-applied migration did, so editing them must keep their output identical.
 */
export function strict<TB extends string, C extends string>(builder: CreateTableBuilder<TB, C>): CreateTableBuilder<TB, C> {
  // STRICT makes SQLite enforce column types (Signal-Desktop does the same).
  return builder.modifyEnd(sql`strict`);
}

/** Forbids UPDATE and DELETE on a table: append-only logs. */
export async function appendOnly(db: Kysely<unknown>, table: string): Promise<void> {
  await sql`CREATE TRIGGER ${sql.raw(`${table}_no_update`)} BEFORE UPDATE ON ${sql.table(table)}
    BEGIN SELECT RAISE(ABORT, ${sql.lit(`${table} is append-only`)}); END`.execute(db);
  await sql`CREATE TRIGGER ${sql.raw(`${table}_no_delete`)} BEFORE DELETE ON ${sql.table(table)}
    BEGIN SELECT RAISE(ABORT, ${sql.lit(`${table} is append-only`)}); END`.execute(db);
}
