import { sql } from 'kysely';
import type { Core } from '../../electron/core/context';

/** Row count of every table: a cheap fingerprint to prove that nothing was written. */
export async function rowCounts(core: Core): Promise<Record<string, number>> {
  const tables = await sql<{ name: string }>`
    select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(core.store.db);
  const out: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const r = await sql<{ n: number }>`select count(*) as n from ${sql.table(name)}`.execute(core.store.db);
    out[name] = Number(r.rows[0]?.n ?? 0);
  }
  return out;
}
