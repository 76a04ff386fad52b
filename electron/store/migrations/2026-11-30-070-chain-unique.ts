import { sql, type Kysely } from 'kysely';

/**
 * FROZEN. An unforkable log (issue #14.1): two entries can never link to the same previous hash,
 * in the audit log or in the identity-check log, whatever the code does. A chain that verifies has
 * every prev_hash once (each is the hash of the row before, the first is the genesis hash), so on
 * such a store the index covers every row. A store that already holds a fork (written before this
 * release, when concurrent calls could link to one head; `desk check` reports it) keeps its rows as
 * they are, history is never rewritten, and the index covers the rows written from here on.
 */
async function uniquePrevHash(db: Kysely<any>, table: 'audit_log' | 'id_checks', key: 'seq' | 'id'): Promise<void> {
  const forked = await sql<{ n: number }>`
    SELECT count(*) AS n FROM (SELECT prev_hash FROM ${sql.table(table)} GROUP BY prev_hash HAVING count(*) > 1)
  `.execute(db);
  const name = sql.raw(`${table}_prev_hash_unique`);
  if (Number(forked.rows[0]?.n ?? 0) === 0) {
    await sql`CREATE UNIQUE INDEX ${name} ON ${sql.table(table)} (prev_hash)`.execute(db);
    return;
  }
  const last = await sql<{ k: number | null }>`SELECT max(${sql.ref(key)}) AS k FROM ${sql.table(table)}`.execute(db);
  const from = Number(last.rows[0]?.k ?? 0);
  await sql`CREATE UNIQUE INDEX ${name} ON ${sql.table(table)} (prev_hash) WHERE ${sql.ref(key)} > ${sql.lit(from)}`.execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  await uniquePrevHash(db, 'audit_log', 'seq');
  await uniquePrevHash(db, 'id_checks', 'id');
}

export async function down(): Promise<void> {
  throw new Error('Exam Desk migrations are forward-only; restore a backup instead.');
}
