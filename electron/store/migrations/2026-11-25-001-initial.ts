import { sql, type Kysely } from 'kysely';
import { appendOnly, strict } from './table';

/**
 * FROZEN: the first schema of Exam Desk. Never edit an applied migration; add a new file.
 * Instants are TEXT ISO-8601 UTC; local dates are TEXT YYYY-MM-DD in the center's zone; money is
 * INTEGER fen.
 */
export async function up(db: Kysely<any>): Promise<void> {
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
      .addColumn('part', 'text', (c) =>
        c.notNull().check(sql`part in ('theory','lab','interview')`),
      )
      .addColumn('max_score', 'integer', (c) => c.notNull().check(sql`max_score > 0`))
      .addColumn('pass_score', 'integer', (c) => c.notNull().check(sql`pass_score >= 0`))
      .addUniqueConstraint('subject_parts_subject_part', ['subject_id', 'part']),
  ).execute();

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
  await db.schema
    .createIndex('candidates_pinyin_compact')
    .on('candidates')
    .column('pinyin_compact')
    .execute();
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
        c.notNull().defaultTo(0).check(sql`coupon_discount_fen >= 0`),
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
      .addColumn('state', 'text', (c) =>
        c.notNull().check(sql`state in ('unused','bound','completed','expired','invalid')`),
      )
      .addColumn('candidate_id', 'integer', (c) => c.references('candidates.id'))
      .addColumn('replaced_by', 'text')
      .addColumn('expires_at', 'text'),
  ).execute();

  await strict(
    db.schema
      .createTable('rooms')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('center_id', 'integer', (c) => c.notNull().references('centers.id'))
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('rows', 'integer', (c) => c.notNull().check(sql`rows > 0`))
      .addColumn('cols', 'integer', (c) => c.notNull().check(sql`cols > 0`))
      .addColumn('proctor_row', 'integer')
      .addColumn('proctor_col', 'integer')
      .addUniqueConstraint('rooms_center_code', ['center_id', 'code']),
  ).execute();

  await strict(
    db.schema
      .createTable('seats')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('room_id', 'integer', (c) => c.notNull().references('rooms.id'))
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('row', 'integer', (c) => c.notNull())
      .addColumn('col', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) =>
        c.notNull().defaultTo('ok').check(sql`status in ('ok','out-of-service')`),
      )
      .addColumn('wheelchair', 'integer', (c) => c.notNull().defaultTo(0))
      .addUniqueConstraint('seats_room_label', ['room_id', 'label'])
      .addUniqueConstraint('seats_room_pos', ['room_id', 'row', 'col']),
  ).execute();

  await strict(
    db.schema
      .createTable('exam_sessions')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('room_id', 'integer', (c) => c.notNull().references('rooms.id'))
      .addColumn('local_date', 'text', (c) => c.notNull())
      .addColumn('starts_at', 'text', (c) => c.notNull())
      .addColumn('duration_min', 'integer', (c) => c.notNull().check(sql`duration_min > 0`))
      .addColumn('closed_at', 'text'),
  ).execute();
  await db.schema
    .createIndex('exam_sessions_date')
    .on('exam_sessions')
    .columns(['local_date', 'starts_at'])
    .execute();

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
  await db.schema
    .createIndex('appointments_session')
    .on('appointments')
    .column('session_id')
    .execute();
  await db.schema
    .createIndex('appointments_candidate')
    .on('appointments')
    .column('candidate_id')
    .execute();
  await db.schema
    .createIndex('appointments_starts_at')
    .on('appointments')
    .column('starts_at')
    .execute();

  await strict(
    db.schema
      .createTable('operators')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('username', 'text', (c) => c.notNull().unique())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('proctor','manager')`))
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('failed_attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('locked_until', 'text')
      .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull()),
  ).execute();

  // DAY-8: the UNIQUE appointment_id makes admission idempotent, like a check-in nonce.
  await strict(
    db.schema
      .createTable('check_ins')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('appointment_id', 'integer', (c) =>
        c.notNull().unique().references('appointments.id'),
      )
      .addColumn('operator_id', 'integer', (c) => c.notNull().references('operators.id'))
      .addColumn('desk', 'text', (c) => c.notNull())
      .addColumn('admitted_at', 'text', (c) => c.notNull())
      .addColumn('override_reason', 'text'),
  ).execute();

  // The identity-check and admission log: append-only and hash-chained.
  await strict(
    db.schema
      .createTable('id_checks')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('appointment_id', 'integer', (c) => c.notNull().references('appointments.id'))
      .addColumn('operator_id', 'integer', (c) => c.notNull().references('operators.id'))
      .addColumn('desk', 'text', (c) => c.notNull())
      .addColumn('checked_at', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) =>
        c.notNull().check(sql`kind in ('identity','admission','refusal','absent','correction')`),
      )
      .addColumn('doc_type', 'text')
      .addColumn('doc_masked', 'text')
      .addColumn('doc_hash', 'text')
      .addColumn('checks_json', 'text', (c) => c.notNull())
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('rule_ids', 'text', (c) => c.notNull())
      .addColumn('override_reason', 'text')
      .addColumn('corrects_id', 'integer', (c) => c.references('id_checks.id'))
      .addColumn('prev_hash', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema
    .createIndex('id_checks_appointment')
    .on('id_checks')
    .column('appointment_id')
    .execute();
  await db.schema.createIndex('id_checks_checked_at').on('id_checks').column('checked_at').execute();

  // Photos live apart from the chained record so the retention purge (REP-3) can delete them
  // without breaking the chain; the record holds the photo's digest.
  await strict(
    db.schema
      .createTable('photos')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('candidate_id', 'integer', (c) => c.notNull().references('candidates.id'))
      .addColumn('id_check_id', 'integer', (c) => c.references('id_checks.id'))
      .addColumn('taken_at', 'text', (c) => c.notNull())
      .addColumn('mime', 'text', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('bytes', 'blob', (c) => c.notNull()),
  ).execute();
  await db.schema.createIndex('photos_candidate').on('photos').column('candidate_id').execute();

  await strict(
    db.schema
      .createTable('seat_assignments')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('session_id', 'integer', (c) => c.notNull().references('exam_sessions.id'))
      .addColumn('appointment_id', 'integer', (c) =>
        c.notNull().unique().references('appointments.id'),
      )
      .addColumn('seat_id', 'integer', (c) => c.notNull().references('seats.id'))
      .addColumn('seed', 'integer')
      .addColumn('reason', 'text')
      .addColumn('assigned_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('seat_assignments_session_seat', ['session_id', 'seat_id']),
  ).execute();

  await strict(
    db.schema
      .createTable('scores')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('appointment_id', 'integer', (c) => c.notNull().references('appointments.id'))
      .addColumn('part', 'text', (c) => c.notNull())
      .addColumn('entry_no', 'integer', (c) => c.notNull().check(sql`entry_no in (1, 2)`))
      .addColumn('operator_id', 'integer', (c) => c.notNull().references('operators.id'))
      .addColumn('value', 'integer')
      .addColumn('absent', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('entered_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('scores_entry', ['appointment_id', 'part', 'entry_no']),
  ).execute();

  await strict(
    db.schema
      .createTable('certificates')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('candidate_id', 'integer', (c) => c.notNull().references('candidates.id'))
      .addColumn('subject_id', 'integer', (c) => c.notNull().references('subjects.id'))
      .addColumn('released_at', 'text', (c) => c.notNull())
      .addColumn('valid_until', 'text', (c) => c.notNull()),
  ).execute();

  // The audit log: append-only (triggers) and hash-chained (electron/audit/chain.ts).
  await strict(
    db.schema
      .createTable('audit_log')
      .addColumn('seq', 'integer', (c) => c.primaryKey())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('operator_id', 'integer')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('subject_type', 'text')
      .addColumn('subject_id', 'text')
      .addColumn('detail_json', 'text', (c) => c.notNull())
      .addColumn('prev_hash', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull()),
  ).execute();
  await appendOnly(db, 'audit_log');
  await appendOnly(db, 'id_checks');
}

export async function down(): Promise<void> {
  throw new Error('Exam Desk migrations are forward-only; restore a backup instead.');
}
