import type { Db } from '../store/db';

// The statements the way back runs against a backup file (opened read-only by latest-good-backup.ts).

/** The first center's name and time zone, if the database has one. */
export async function firstCenter(db: Db): Promise<{ name: string; time_zone: string } | undefined> {
  return db.selectFrom('centers').select(['name', 'time_zone']).orderBy('id').limit(1).executeTakeFirst();
}

/** The active manager account with this user name (compared lowercased), if there is one. */
export async function activeManager(db: Db, username: string): Promise<{ id: number; password_hash: string } | undefined> {
  return db.selectFrom('operators').select(['id', 'password_hash']).where('username', '=', username.toLowerCase()).where('role', '=', 'manager').where('disabled', '=', 0).executeTakeFirst();
}
