import { sql, type Kysely } from 'kysely';
import { id } from './pg-ddl';

/**
 * FROZEN once released. PostgreSQL twin of 2026-11-30-140-center-mirror: SQLite rebuilds check_ins
 * (it cannot drop a NOT NULL); PostgreSQL alters it in place, with the same columns in the same
 * order, the same check and unique nonce, and the DAY-8 person triggers untouched.
 */
export async function centerMirror(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE check_ins ALTER COLUMN operator_id DROP NOT NULL`.execute(db);
  await db.schema.alterTable('check_ins').addColumn('operator_name', 'text').execute();
  await db.schema
    .alterTable('check_ins')
    .addColumn('center_nonce', 'text', (c) => c.unique())
    .execute();
  await db.schema.alterTable('check_ins').addColumn('mirrored_at', 'text').execute();
  await db.schema
    .alterTable('check_ins')
    .addCheckConstraint('check_ins_own_or_mirrored', sql`(mirrored_at is null) = (operator_id is not null) and (mirrored_at is null) = (operator_name is null) and (mirrored_at is null) = (center_nonce is null)`)
    .execute();
  await db.schema
    .createTable('center_mirror_cursor')
    .addColumn('id', 'integer', (c) => id(c).check(sql`id = 1`))
    .addColumn('audit_seq', 'integer', (c) => c.notNull())
    .addColumn('synced_at', 'text', (c) => c.notNull())
    .execute();
}
