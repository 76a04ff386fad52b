import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

/**
 * Helpers of the desk's PostgreSQL migrations (#19): the PostgreSQL twin of the SQLite DDL in
 * electron/store/migrations/. SQLite's `integer primary key` (a rowid alias) becomes an identity
 * column (by default, so a row may still name its id), BLOB becomes bytea, and SQLite's
 * `RAISE(ABORT)` triggers become plpgsql trigger functions that raise with the same message.
 */

/** `integer primary key`: SQLite's rowid alias. */
export const id = (c: ColumnDefinitionBuilder): ColumnDefinitionBuilder => c.primaryKey().generatedByDefaultAsIdentity();

/** The function `<name>()` raising `message`, for a BEFORE trigger. */
export async function raisingFunction(db: Kysely<unknown>, name: string, message: string): Promise<void> {
  await sql`CREATE FUNCTION ${sql.raw(name)}() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN RAISE EXCEPTION '%', ${sql.raw(quote(message))}; END $fn$`.execute(db);
}

/**
 * A BEFORE row trigger named like its SQLite twin, calling `fn`, on `event` (e.g. 'UPDATE',
 * 'DELETE', 'UPDATE OF appointment_id'), only WHEN `when` holds if given (a plain boolean over OLD/NEW).
 */
export async function beforeTrigger(db: Kysely<unknown>, o: { name: string; table: string; event: string; fn: string; when?: string }): Promise<void> {
  const when = o.when ? sql` WHEN (${sql.raw(o.when)})` : sql``;
  await sql`CREATE TRIGGER ${sql.raw(o.name)} BEFORE ${sql.raw(o.event)} ON ${sql.table(o.table)} FOR EACH ROW${when} EXECUTE FUNCTION ${sql.raw(o.fn)}()`.execute(db);
}

/** Forbids UPDATE and DELETE on a table, as SQLite's appendOnly (table.ts): triggers `<table>_no_update`, `<table>_no_delete`. */
export async function appendOnlyPg(db: Kysely<unknown>, table: string): Promise<void> {
  const fn = `${table}_append_only`;
  await raisingFunction(db, fn, `${table} is append-only`);
  await beforeTrigger(db, { name: `${table}_no_update`, table, event: 'UPDATE', fn });
  await beforeTrigger(db, { name: `${table}_no_delete`, table, event: 'DELETE', fn });
}

/** A plpgsql string literal. */
function quote(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}
