import { sql, type Kysely } from 'kysely';
import type { CenterDB, CenterDb } from './center-schema';

/*
 * The statements of the center's backup (#19): every center table read in key order, a page at a
 * time, and written as it is (ids included) into a center database of either dialect.
 */

/** The copied tables with the key each is paged by; the chain's head row (id 1) is copied apart. */
export const CENTER_BACKUP_TABLES = {
  center_desks: 'name',
  center_leases: 'session_key',
  center_checkins: 'admission_code',
  center_conflicts: 'id',
  center_audit: 'seq',
  center_snapshots: 'id',
} as const;

export type CenterBackupTable = keyof typeof CENTER_BACKUP_TABLES;
type Row = Record<string, unknown>;
/** The table and key come from the constant above; Kysely cannot type one query over a union of tables. */
const loose = (db: CenterDb) => db as unknown as Kysely<Record<string, Row>>;

/** Up to `limit` rows after the key `after` (undefined: from the start), in key order. */
export async function centerRowsPage(db: CenterDb, table: CenterBackupTable, after: string | number | undefined, limit: number): Promise<Row[]> {
  const key = CENTER_BACKUP_TABLES[table];
  let q = loose(db).selectFrom(table).selectAll().orderBy(key).limit(limit);
  if (after !== undefined) q = q.where(key, '>', after);
  return q.execute();
}

export async function insertCenterRows(db: CenterDb, table: CenterBackupTable, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  await loose(db).insertInto(table).values(rows).execute();
}

export async function countCenterRows(db: CenterDb, table: CenterBackupTable): Promise<number> {
  const r = await loose(db)
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function chainHead(db: CenterDb): Promise<{ seq: number; hash: string }> {
  return db.selectFrom('center_chain_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
}

export async function setChainHead(db: CenterDb, head: { seq: number; hash: string }): Promise<void> {
  await db.updateTable('center_chain_head').set(head).where('id', '=', 1).execute();
}

/** A SQLite backup file made whole: every page in the main file, no WAL beside it. */
export async function settleSqliteFile(db: Kysely<CenterDB>): Promise<void> {
  await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
  await sql`PRAGMA journal_mode = DELETE`.execute(db);
}

/** Tables whose id PostgreSQL generates ('generated always as identity'): a restore writes the ids it copies. */
export const CENTER_IDENTITY_TABLES: readonly CenterBackupTable[] = ['center_conflicts', 'center_snapshots'];

/**
 * Rows written as they are into a PostgreSQL center, ids included: `overriding system value` lets
 * an identity column take the copied id (Kysely has no builder for it, hence the raw statement).
 */
export async function insertCenterRowsPg(db: CenterDb, table: CenterBackupTable, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const overriding = CENTER_IDENTITY_TABLES.includes(table) ? sql` overriding system value` : sql``;
  const values = rows.map((r) => sql`(${sql.join(columns.map((c) => r[c]))})`);
  await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})${overriding} values ${sql.join(values)}`.execute(db);
}

/** After a restore with copied ids: PostgreSQL's next generated id follows the highest copied one. */
export async function resetIdentityPg(db: CenterDb, table: CenterBackupTable): Promise<void> {
  await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce((select max(id) from ${sql.table(table)}), 0) + 1, false)`.execute(db);
}
