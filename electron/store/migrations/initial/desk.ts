import { sql, type Kysely } from 'kysely';
import { strict } from '../table';

/** FROZEN, part of migration 2026-11-25-001-initial: Operators, check-ins, the identity-check log and its photos. */
export async function createDeskTables(db: Kysely<any>): Promise<void> {
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
      .addColumn('appointment_id', 'integer', (c) => c.notNull().unique().references('appointments.id'))
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
      .addColumn('hash', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema.createIndex('id_checks_appointment').on('id_checks').column('appointment_id').execute();
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
}
