import { sql } from 'kysely';
import type { Db } from '../../store/db';

// The backup's own statements (its settings go through store/settings-repo.ts).

/** The first center's code, which names a backup file ('desk' before a center is set up). */
export async function firstCenterCode(db: Db): Promise<string> {
  return (await db.selectFrom('centers').select('code').orderBy('id').limit(1).executeTakeFirst())?.code ?? 'desk';
}

/** SQLite's total_changes() on this connection: the rows it has changed since it opened. */
export async function totalChanges(db: Db): Promise<number> {
  return (await sql<{ n: number }>`select total_changes() as n`.execute(db)).rows[0]!.n;
}
