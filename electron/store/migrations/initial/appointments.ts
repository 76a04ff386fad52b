import { sql, type Kysely } from 'kysely';
import { strict } from '../table';

/** FROZEN, part of migration 2026-11-25-001-initial: Appointments (bookings) and their indexes. */
export async function createAppointmentTables(db: Kysely<any>): Promise<void> {
  await strict(
    db.schema
      .createTable('appointments')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('sponsor_id', 'integer', (c) => c.notNull().references('sponsors.id'))
      .addColumn('booking_id', 'text', (c) => c.notNull())
      .addColumn('admission_code', 'text', (c) => c.notNull().unique())
      .addColumn('candidate_id', 'integer', (c) => c.notNull().references('candidates.id'))
      .addColumn('order_id', 'integer', (c) => c.notNull().references('orders.id'))
      .addColumn('subject_id', 'integer', (c) => c.notNull().references('subjects.id'))
      .addColumn('part', 'text', (c) => c.notNull())
      .addColumn('session_id', 'integer', (c) => c.references('exam_sessions.id'))
      .addColumn('starts_at', 'text', (c) => c.notNull())
      .addColumn('duration_min', 'integer', (c) => c.notNull())
      .addColumn('state', 'text', (c) =>
        c
          .notNull()
          .defaultTo('booked')
          .check(sql`state in ('booked','cancelled','rescheduled','completed','no-show')`),
      )
      .addColumn('attempt_no', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('wheelchair', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('extra_time_pct', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('booked_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('appointments_sponsor_booking', ['sponsor_id', 'booking_id']),
  ).execute();
  await db.schema.createIndex('appointments_session').on('appointments').column('session_id').execute();
  await db.schema.createIndex('appointments_candidate').on('appointments').column('candidate_id').execute();
  await db.schema.createIndex('appointments_starts_at').on('appointments').column('starts_at').execute();
}
