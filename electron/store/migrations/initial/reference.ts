import { sql, type Kysely } from 'kysely';
import { strict } from '../table';

/** FROZEN, part of migration 2026-11-25-001-initial: Settings, the center, sponsors, the working-day calendar, subjects and their parts. */
export async function createReferenceTables(db: Kysely<any>): Promise<void> {
  await strict(
    db.schema
      .createTable('settings')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull()),
  ).execute();

  await strict(
    db.schema
      .createTable('centers')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_en', 'text', (c) => c.notNull())
      .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('Asia/Shanghai'))
      .addColumn('city', 'text', (c) => c.notNull()),
  ).execute();

  await strict(
    db.schema
      .createTable('sponsors')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull()),
  ).execute();

  // Manager-extendable working-day calendar rows (holidays and make-up working days).
  await strict(
    db.schema
      .createTable('calendar_days')
      .addColumn('date', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('holiday','workday')`))
      .addColumn('name', 'text'),
  ).execute();

  await strict(
    db.schema
      .createTable('subjects')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('sponsor_id', 'integer', (c) => c.notNull().references('sponsors.id'))
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('level', 'text', (c) => c.notNull())
      .addColumn('profile_id', 'text', (c) => c.notNull())
      .addColumn('on_sale_date', 'text')
      .addColumn('stop_sale_date', 'text')
      .addColumn('stop_service_date', 'text')
      .addUniqueConstraint('subjects_sponsor_code', ['sponsor_id', 'code']),
  ).execute();

  await strict(
    db.schema
      .createTable('subject_parts')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('subject_id', 'integer', (c) => c.notNull().references('subjects.id'))
      .addColumn('part', 'text', (c) => c.notNull().check(sql`part in ('theory','lab','interview')`))
      .addColumn('max_score', 'integer', (c) => c.notNull().check(sql`max_score > 0`))
      .addColumn('pass_score', 'integer', (c) => c.notNull().check(sql`pass_score >= 0`))
      .addUniqueConstraint('subject_parts_subject_part', ['subject_id', 'part']),
  ).execute();
}
