import { sql, type Kysely } from 'kysely';

/**
 * A migrated schema as plain lines both dialects can be compared by (#19): per table its columns
 * (name, type family, null or not null, in order), its primary key, its indexes (unique or not,
 * columns, partial or not; names differ where a constraint made them), its trigger names and how
 * many CHECK constraints it has (SQLite keeps them only in the table's SQL text), and its foreign keys.
 * Kysely's own bookkeeping tables are left out.
 */
export type SchemaShape = Record<string, { columns: string[]; primaryKey: string[]; indexes: string[]; triggers: string[]; checks: number; foreignKeys: string[] }>;

const family = (type: string): string => ({ integer: 'integer', text: 'text', blob: 'bytes', bytea: 'bytes' })[type.toLowerCase()] ?? type.toLowerCase();
const index = (unique: boolean, columns: string[], partial: boolean) => `${unique ? 'unique' : 'index'} (${columns.join(', ')})${partial ? ' partial' : ''}`;

export async function sqliteShape<T>(db: Kysely<T>): Promise<SchemaShape> {
  const shape: SchemaShape = {};
  const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '%kysely_%' order by name`.execute(db);
  for (const { name } of tables.rows) {
    const cols = (await sql<{ name: string; type: string; notnull: number; pk: number }>`select name, type, "notnull", pk from pragma_table_info(${name}) order by cid`.execute(db)).rows;
    const indexes: string[] = [];
    for (const ix of (await sql<{ name: string; unique: number; origin: string; partial: number }>`select name, "unique", origin, partial from pragma_index_list(${name})`.execute(db)).rows) {
      if (ix.origin === 'pk') continue;
      const on = (await sql<{ name: string }>`select name from pragma_index_info(${ix.name}) order by seqno`.execute(db)).rows.map((r) => r.name);
      indexes.push(index(ix.unique === 1, on, ix.partial === 1));
    }
    const triggers = (await sql<{ name: string }>`select name from sqlite_master where type = 'trigger' and tbl_name = ${name}`.execute(db)).rows.map((r) => r.name);
    const fks = (await sql<{ id: number; table: string; from: string; to: string | null }>`select id, "table", "from", "to" from pragma_foreign_key_list(${name}) order by id, seq`.execute(db)).rows;
    const ddl = (await sql<{ sql: string }>`select sql from sqlite_master where type = 'table' and name = ${name}`.execute(db)).rows[0]?.sql ?? '';
    shape[name] = {
      columns: cols.map((c) => `${c.name} ${family(c.type)} ${c.notnull || c.pk ? 'not null' : 'null'}`),
      primaryKey: cols
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name),
      indexes: indexes.sort(),
      triggers: triggers.sort(),
      checks: (ddl.match(/\bcheck\s*\(/gi) ?? []).length,
      // A reference without a column names the other table's primary key (all of the desk's are `id`).
      foreignKeys: fks.map((f) => `(${f.from}) -> ${f.table}(${f.to ?? 'id'})`).sort(),
    };
  }
  return shape;
}

export async function pgShape<T>(db: Kysely<T>): Promise<SchemaShape> {
  const shape: SchemaShape = {};
  const tables = await sql<{ name: string }>`select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like '%kysely_%' order by table_name`.execute(db);
  for (const { name } of tables.rows) {
    const cols = (
      await sql<{ name: string; type: string; nullable: string }>`select column_name as name, data_type as type, is_nullable as nullable
        from information_schema.columns where table_schema = 'public' and table_name = ${name} order by ordinal_position`.execute(db)
    ).rows;
    const ixs = (
      await sql<{ primary: boolean; unique: boolean; partial: boolean; columns: string[] }>`
        select i.indisprimary as primary, i.indisunique as unique, i.indpred is not null as partial,
               array(select a.attname::text from unnest(i.indkey) with ordinality k(attnum, n)
                      join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum order by k.n) as columns
          from pg_index i where i.indrelid = ${name}::regclass`.execute(db)
    ).rows;
    const triggers = (await sql<{ name: string }>`select tgname as name from pg_trigger where tgrelid = ${name}::regclass and not tgisinternal`.execute(db)).rows.map((r) => r.name);
    const fks = (
      await sql<{ fk: string }>`select '(' || a.attname || ') -> ' || c.confrelid::regclass::text || '(' || b.attname || ')' as fk
        from pg_constraint c
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
        join pg_attribute b on b.attrelid = c.confrelid and b.attnum = c.confkey[1]
       where c.conrelid = ${name}::regclass and c.contype = 'f'`.execute(db)
    ).rows.map((r) => r.fk);
    const checks = (await sql<{ n: number }>`select count(*)::integer as n from pg_constraint where conrelid = ${name}::regclass and contype = 'c'`.execute(db)).rows[0]?.n ?? 0;
    shape[name] = {
      columns: cols.map((c) => `${c.name} ${family(c.type)} ${c.nullable === 'YES' ? 'null' : 'not null'}`),
      primaryKey: ixs.find((i) => i.primary)?.columns ?? [],
      indexes: ixs
        .filter((i) => !i.primary)
        .map((i) => index(i.unique, i.columns, i.partial))
        .sort(),
      triggers: triggers.sort(),
      checks,
      foreignKeys: fks.sort(),
    };
  }
  return shape;
}
