import { sql, type Kysely } from 'kysely';
import { strict } from '../table';

/** FROZEN, part of migration 2026-11-25-001-initial: Candidates (with their search indexes), orders, coupons and redeem codes. */
export async function createCandidateTables(db: Kysely<any>): Promise<void> {
  await strict(
    db.schema
      .createTable('candidates')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('pinyin', 'text')
      .addColumn('pinyin_compact', 'text', (c) => c.notNull())
      .addColumn('initials', 'text', (c) => c.notNull())
      .addColumn('id_type', 'text', (c) => c.notNull())
      // Full number, nulled by the retention purge (REP-3); never shown unmasked unless revealed.
      .addColumn('id_number', 'text')
      .addColumn('id_last4', 'text', (c) => c.notNull())
      // Keyed hash (HMAC-SHA256) of the full number: matching without holding the number.
      .addColumn('id_hash', 'text', (c) => c.notNull())
      .addColumn('phone', 'text')
      .addColumn('email', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('purged_at', 'text'),
  ).execute();
  await db.schema.createIndex('candidates_id_hash').on('candidates').column('id_hash').execute();
  await db.schema.createIndex('candidates_id_last4').on('candidates').column('id_last4').execute();
  await db.schema.createIndex('candidates_name').on('candidates').column('name').execute();
  await db.schema.createIndex('candidates_pinyin_compact').on('candidates').column('pinyin_compact').execute();
  await db.schema.createIndex('candidates_initials').on('candidates').column('initials').execute();

  await strict(
    db.schema
      .createTable('orders')
      .addColumn('id', 'integer', (c) => c.primaryKey())
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
      .addUniqueConstraint('orders_sponsor_no', ['sponsor_id', 'order_no']),
  ).execute();

  await strict(
    db.schema
      .createTable('coupons')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('fixed','percent')`))
      .addColumn('value', 'integer', (c) => c.notNull().check(sql`value >= 0`))
      .addColumn('used_by_order_id', 'integer', (c) => c.references('orders.id'))
      .addColumn('used_at', 'text'),
  ).execute();

  await strict(
    db.schema
      .createTable('redeem_codes')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('order_id', 'integer', (c) => c.references('orders.id'))
      .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('unused','bound','completed','expired','invalid')`))
      .addColumn('candidate_id', 'integer', (c) => c.references('candidates.id'))
      .addColumn('replaced_by', 'text')
      .addColumn('expires_at', 'text'),
  ).execute();
}
