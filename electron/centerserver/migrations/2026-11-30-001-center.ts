import { sql, type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * FROZEN once released. The center server's tables (#19, electron/centerserver/center-schema.ts) on
 * PostgreSQL (the center) and on SQLite (the repositories' tests): only the DDL differs per dialect.
 * SQLite tables are STRICT, as the desk's; PostgreSQL takes text, integer, bytea and identity ids.
 * DAY-8 across desks lives in the database: one check-in per admission code (primary key), one use
 * per nonce (unique), one conflict per nonce (unique); the audit chain's seq is its key and every
 * hash is unique. The chain's head row (id 1, seq 0, 64 zeros) is inserted here.
 */
export type CenterDdlDialect = 'postgres' | 'sqlite';

export const ZERO_HASH = '0'.repeat(64);

export function centerMigration(dialect: CenterDdlDialect): Migration {
  return { up: (db) => up(db, dialect), down };
}

async function up(db: Kysely<any>, dialect: CenterDdlDialect): Promise<void> {
  const table = <TB extends string>(name: TB): CreateTableBuilder<TB, never> => {
    const t = db.schema.createTable(name);
    return dialect === 'sqlite' ? t.modifyEnd(sql`strict`) : t;
  };
  const generatedId = (c: ColumnDefinitionBuilder) => (dialect === 'sqlite' ? c.primaryKey().notNull() : c.primaryKey().generatedAlwaysAsIdentity());
  const flag = (name: string) => (c: ColumnDefinitionBuilder) => c.notNull().check(sql`${sql.ref(name)} in (0, 1)`);

  await table('center_desks')
    .addColumn('name', 'text', (c) => c.primaryKey().notNull())
    .addColumn('joined_at', 'text', (c) => c.notNull())
    .addColumn('last_contact_at', 'text', (c) => c.notNull())
    .execute();

  await table('center_leases')
    .addColumn('session_key', 'text', (c) => c.primaryKey().notNull())
    .addColumn('desk', 'text', (c) => c.notNull())
    .addColumn('assigned_by', 'text', (c) => c.notNull())
    .addColumn('assigned_at', 'text', (c) => c.notNull())
    .execute();

  await table('center_checkins')
    .addColumn('admission_code', 'text', (c) => c.primaryKey().notNull())
    .addColumn('nonce', 'text', (c) => c.notNull().unique())
    .addColumn('desk', 'text', (c) => c.notNull())
    .addColumn('operator', 'text', (c) => c.notNull())
    .addColumn('desk_at', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('offline', 'integer', flag('offline'))
    .addColumn('forced', 'integer', flag('forced'))
    .addColumn('override_reason', 'text')
    .execute();

  await table('center_conflicts')
    .addColumn('id', 'integer', generatedId)
    .addColumn('admission_code', 'text', (c) => c.notNull())
    .addColumn('nonce', 'text', (c) => c.notNull().unique())
    .addColumn('desk', 'text', (c) => c.notNull())
    .addColumn('operator', 'text', (c) => c.notNull())
    .addColumn('desk_at', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('forced', 'integer', flag('forced'))
    .addColumn('evidence_json', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by', 'text')
    .addColumn('resolution', 'text', (c) => c.check(sql`resolution in ('kept-first', 'kept-second')`))
    .addColumn('note', 'text')
    .addCheckConstraint('center_conflicts_resolved_together', sql`(resolved_at is null) = (resolved_by is null) and (resolved_at is null) = (resolution is null)`)
    .execute();
  await db.schema.createIndex('center_conflicts_admission').on('center_conflicts').column('admission_code').execute();

  await table('center_audit')
    .addColumn('seq', 'integer', (c) => c.primaryKey().notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('desk', 'text', (c) => c.notNull())
    .addColumn('desk_at', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('detail_json', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull().unique())
    .execute();

  await table('center_chain_head')
    .addColumn('id', 'integer', (c) =>
      c
        .primaryKey()
        .notNull()
        .check(sql`id = 1`),
    )
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.insertInto('center_chain_head').values({ id: 1, seq: 0, hash: ZERO_HASH }).execute();

  await table('center_snapshots')
    .addColumn('id', 'integer', generatedId)
    .addColumn('taken_at', 'text', (c) => c.notNull())
    .addColumn('from_desk', 'text', (c) => c.notNull())
    .addColumn('bytes', dialect === 'sqlite' ? 'blob' : 'bytea', (c) => c.notNull())
    .addColumn('hash_key', 'text', (c) => c.notNull())
    .execute();
}

async function down(): Promise<void> {
  throw new Error('Exam Desk center migrations are forward-only; restore a backup instead.');
}
