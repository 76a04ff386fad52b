import { sql } from 'kysely';
import pg from 'pg';
import { expect, test } from 'vitest';
import { migrateDeskPg, openDeskPg } from '../../electron/store/pg/open-desk-pg';
import { usePgCluster } from '../support/pg-cluster';

const cluster = usePgCluster();

test("#19: the desk's PostgreSQL pool reads count(*) and sums as numbers, as SQLite answers them, refuses a bigint beyond 2^53, and leaves pg's global parsers alone; migrating twice changes nothing", async () => {
  const db = openDeskPg(await cluster().createDatabase('open_desk'));
  try {
    await migrateDeskPg(db);
    await migrateDeskPg(db);
    await db.insertInto('settings').values({ key: 'k', value: 'v' }).execute();
    expect(
      await db
        .selectFrom('settings')
        .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>(sql`2`).as('s')])
        .executeTakeFirstOrThrow(),
    ).toEqual({ n: 1, s: 2 });
    expect((await sql<{ n: number }>`select ${sql.lit(9007199254740991)}::bigint as n`.execute(db)).rows[0]!.n).toBe(Number.MAX_SAFE_INTEGER);
    await expect(sql`select 9007199254740993::bigint as n`.execute(db)).rejects.toThrow(/does not fit a JavaScript number/);
    expect(pg.types.getTypeParser(20)('12')).toBe('12');
    const migrations = await sql<{ name: string }>`select name from desk_kysely_migration order by name`.execute(db);
    expect(migrations.rows.map((r) => r.name)[0]).toBe('2026-11-25-001-initial');
  } finally {
    await db.destroy();
  }
});
