import type { Kysely } from 'kysely';
import type { DB } from '../../electron/store/schema';

/** An operator written straight through Kysely (the accounts' repository hashes passwords; these tests need only a row). */
export async function seedOperator(db: Kysely<DB>, username = 'proctor-1', role: 'proctor' | 'manager' = 'proctor'): Promise<number> {
  return (await db.insertInto('operators').values({ username, display_name: username, role, password_hash: 'not-a-hash', created_at: '2026-11-01T00:00:00.000Z' }).returning('id').executeTakeFirstOrThrow()).id;
}
