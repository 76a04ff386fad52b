import { sql, type Kysely } from 'kysely';
import { strict } from './table';

/**
 * FROZEN. A real center's set-up (issue #15): the center's postal address, and the policy profiles
 * the center applies (chosen by a manager from the shipped ones). A center that already hosts
 * subjects keeps applying the profiles of those subjects.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE centers ADD COLUMN address TEXT NOT NULL DEFAULT ''`.execute(db);
  await strict(
    db.schema
      .createTable('center_profiles')
      .addColumn('center_id', 'integer', (c) => c.notNull().references('centers.id'))
      .addColumn('profile_id', 'text', (c) => c.notNull())
      .addColumn('chosen_at', 'text', (c) => c.notNull())
      .addColumn('chosen_by', 'integer', (c) => c.references('operators.id'))
      .addPrimaryKeyConstraint('center_profiles_pk', ['center_id', 'profile_id']),
  ).execute();
  await sql`INSERT INTO center_profiles (center_id, profile_id, chosen_at, chosen_by)
    SELECT DISTINCT c.id, s.profile_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), NULL
      FROM centers c CROSS JOIN subjects s`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Exam Desk migrations are forward-only; restore a backup instead.');
}
