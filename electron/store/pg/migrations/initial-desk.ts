import { sql, type Kysely } from 'kysely';
import { appendOnlyPg, id } from './pg-ddl';

/** FROZEN once released. PostgreSQL twin of migration 2026-11-25-001-initial, part 2: appointments, the desk's logs, seats and scores, the audit log. */
export async function createAppointmentTablesPg(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('appointments')
    .addColumn('id', 'integer', id)
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
    .addUniqueConstraint('appointments_sponsor_booking', ['sponsor_id', 'booking_id'])
    .execute();
  for (const col of ['session_id', 'candidate_id', 'starts_at'])
    await db.schema
      .createIndex(`appointments_${col.replace('_id', '')}`)
      .on('appointments')
      .column(col)
      .execute();
}

export async function createDeskTablesPg(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('operators')
    .addColumn('id', 'integer', id)
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('proctor','manager')`))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('failed_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // DAY-8: the UNIQUE appointment_id makes admission idempotent, like a check-in nonce.
  await db.schema
    .createTable('check_ins')
    .addColumn('id', 'integer', id)
    .addColumn('appointment_id', 'integer', (c) => c.notNull().unique().references('appointments.id'))
    .addColumn('operator_id', 'integer', (c) => c.notNull().references('operators.id'))
    .addColumn('desk', 'text', (c) => c.notNull())
    .addColumn('admitted_at', 'text', (c) => c.notNull())
    .addColumn('override_reason', 'text')
    .execute();
  await db.schema
    .createTable('id_checks')
    .addColumn('id', 'integer', id)
    .addColumn('appointment_id', 'integer', (c) => c.notNull().references('appointments.id'))
    .addColumn('operator_id', 'integer', (c) => c.notNull().references('operators.id'))
    .addColumn('desk', 'text', (c) => c.notNull())
    .addColumn('checked_at', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('identity','admission','refusal','absent','correction')`))
    .addColumn('doc_type', 'text')
    .addColumn('doc_masked', 'text')
    .addColumn('doc_hash', 'text')
    .addColumn('checks_json', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('rule_ids', 'text', (c) => c.notNull())
    .addColumn('override_reason', 'text')
    .addColumn('corrects_id', 'integer', (c) => c.references('id_checks.id'))
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('id_checks_appointment').on('id_checks').column('appointment_id').execute();
  await db.schema.createIndex('id_checks_checked_at').on('id_checks').column('checked_at').execute();
  await db.schema
    .createTable('photos')
    .addColumn('id', 'integer', id)
    .addColumn('candidate_id', 'integer', (c) => c.notNull().references('candidates.id'))
    .addColumn('id_check_id', 'integer', (c) => c.references('id_checks.id'))
    .addColumn('taken_at', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('bytes', 'bytea', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('photos_candidate').on('photos').column('candidate_id').execute();
}

export async function createSeatAndScoreTablesPg(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('seat_assignments')
    .addColumn('id', 'integer', id)
    .addColumn('session_id', 'integer', (c) => c.notNull().references('exam_sessions.id'))
    .addColumn('appointment_id', 'integer', (c) => c.notNull().unique().references('appointments.id'))
    .addColumn('seat_id', 'integer', (c) => c.notNull().references('seats.id'))
    .addColumn('seed', 'integer')
    .addColumn('reason', 'text')
    .addColumn('assigned_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('seat_assignments_session_seat', ['session_id', 'seat_id'])
    .execute();
  await db.schema
    .createTable('scores')
    .addColumn('id', 'integer', id)
    .addColumn('appointment_id', 'integer', (c) => c.notNull().references('appointments.id'))
    .addColumn('part', 'text', (c) => c.notNull())
    .addColumn('entry_no', 'integer', (c) => c.notNull().check(sql`entry_no in (1, 2)`))
    .addColumn('operator_id', 'integer', (c) => c.notNull().references('operators.id'))
    .addColumn('value', 'integer')
    .addColumn('absent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('entered_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('scores_entry', ['appointment_id', 'part', 'entry_no'])
    .execute();
  await db.schema
    .createTable('certificates')
    .addColumn('id', 'integer', id)
    .addColumn('candidate_id', 'integer', (c) => c.notNull().references('candidates.id'))
    .addColumn('subject_id', 'integer', (c) => c.notNull().references('subjects.id'))
    .addColumn('released_at', 'text', (c) => c.notNull())
    .addColumn('valid_until', 'text', (c) => c.notNull())
    .execute();
}

export async function createAuditLogPg(db: Kysely<unknown>): Promise<void> {
  // The audit log: append-only (triggers) and hash-chained (electron/audit/chain.ts).
  await db.schema
    .createTable('audit_log')
    .addColumn('seq', 'integer', id)
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('operator_id', 'integer')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text')
    .addColumn('subject_id', 'text')
    .addColumn('detail_json', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await appendOnlyPg(db, 'audit_log');
  await appendOnlyPg(db, 'id_checks');
}
