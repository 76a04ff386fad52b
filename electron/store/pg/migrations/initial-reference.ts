import { sql, type Kysely } from 'kysely';
import { id } from './pg-ddl';

/** FROZEN once released. PostgreSQL twin of migration 2026-11-25-001-initial, part 1: reference tables, candidates, rooms. */
export async function createReferenceTablesPg(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('centers')
    .addColumn('id', 'integer', id)
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('Asia/Shanghai'))
    .addColumn('city', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('sponsors')
    .addColumn('id', 'integer', id)
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('calendar_days')
    .addColumn('date', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('holiday','workday')`))
    .addColumn('name', 'text')
    .execute();
  await db.schema
    .createTable('subjects')
    .addColumn('id', 'integer', id)
    .addColumn('sponsor_id', 'integer', (c) => c.notNull().references('sponsors.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('profile_id', 'text', (c) => c.notNull())
    .addColumn('on_sale_date', 'text')
    .addColumn('stop_sale_date', 'text')
    .addColumn('stop_service_date', 'text')
    .addUniqueConstraint('subjects_sponsor_code', ['sponsor_id', 'code'])
    .execute();
  await db.schema
    .createTable('subject_parts')
    .addColumn('id', 'integer', id)
    .addColumn('subject_id', 'integer', (c) => c.notNull().references('subjects.id'))
    .addColumn('part', 'text', (c) => c.notNull().check(sql`part in ('theory','lab','interview')`))
    .addColumn('max_score', 'integer', (c) => c.notNull().check(sql`max_score > 0`))
    .addColumn('pass_score', 'integer', (c) => c.notNull().check(sql`pass_score >= 0`))
    .addUniqueConstraint('subject_parts_subject_part', ['subject_id', 'part'])
    .execute();
}

export async function createCandidateTablesPg(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('candidates')
    .addColumn('id', 'integer', id)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('pinyin', 'text')
    .addColumn('pinyin_compact', 'text', (c) => c.notNull())
    .addColumn('initials', 'text', (c) => c.notNull())
    .addColumn('id_type', 'text', (c) => c.notNull())
    .addColumn('id_number', 'text')
    .addColumn('id_last4', 'text', (c) => c.notNull())
    .addColumn('id_hash', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('purged_at', 'text')
    .execute();
  for (const col of ['id_hash', 'id_last4', 'name', 'pinyin_compact', 'initials']) await db.schema.createIndex(`candidates_${col}`).on('candidates').column(col).execute();
  await db.schema
    .createTable('orders')
    .addColumn('id', 'integer', id)
    .addColumn('sponsor_id', 'integer', (c) => c.notNull().references('sponsors.id'))
    .addColumn('order_no', 'text', (c) => c.notNull())
    .addColumn('candidate_id', 'integer', (c) => c.notNull().references('candidates.id'))
    .addColumn('paid_at', 'text')
    .addColumn('amount_fen', 'integer', (c) => c.notNull().check(sql`amount_fen >= 0`))
    .addColumn('coupon_code', 'text')
    .addColumn('coupon_discount_fen', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`coupon_discount_fen >= 0`),
    )
    .addColumn('redeem_code', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('refunded_at', 'text')
    .addUniqueConstraint('orders_sponsor_no', ['sponsor_id', 'order_no'])
    .execute();
  await db.schema
    .createTable('coupons')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('fixed','percent')`))
    .addColumn('value', 'integer', (c) => c.notNull().check(sql`value >= 0`))
    .addColumn('used_by_order_id', 'integer', (c) => c.references('orders.id'))
    .addColumn('used_at', 'text')
    .execute();
  await db.schema
    .createTable('redeem_codes')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('order_id', 'integer', (c) => c.references('orders.id'))
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('unused','bound','completed','expired','invalid')`))
    .addColumn('candidate_id', 'integer', (c) => c.references('candidates.id'))
    .addColumn('replaced_by', 'text')
    .addColumn('expires_at', 'text')
    .execute();
}

export async function createRoomTablesPg(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rooms')
    .addColumn('id', 'integer', id)
    .addColumn('center_id', 'integer', (c) => c.notNull().references('centers.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('rows', 'integer', (c) => c.notNull().check(sql`rows > 0`))
    .addColumn('cols', 'integer', (c) => c.notNull().check(sql`cols > 0`))
    .addColumn('proctor_row', 'integer')
    .addColumn('proctor_col', 'integer')
    .addUniqueConstraint('rooms_center_code', ['center_id', 'code'])
    .execute();
  await db.schema
    .createTable('seats')
    .addColumn('id', 'integer', id)
    .addColumn('room_id', 'integer', (c) => c.notNull().references('rooms.id'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('row', 'integer', (c) => c.notNull())
    .addColumn('col', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('ok')
        .check(sql`status in ('ok','out-of-service')`),
    )
    .addColumn('wheelchair', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('seats_room_label', ['room_id', 'label'])
    .addUniqueConstraint('seats_room_pos', ['room_id', 'row', 'col'])
    .execute();
  await db.schema
    .createTable('exam_sessions')
    .addColumn('id', 'integer', id)
    .addColumn('room_id', 'integer', (c) => c.notNull().references('rooms.id'))
    .addColumn('local_date', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('duration_min', 'integer', (c) => c.notNull().check(sql`duration_min > 0`))
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema.createIndex('exam_sessions_date').on('exam_sessions').columns(['local_date', 'starts_at']).execute();
}
