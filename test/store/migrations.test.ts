import { join } from 'node:path';
import { sql } from 'kysely';
import { Migrator, NO_MIGRATIONS } from 'kysely/migration';
import { describe, expect, test } from 'vitest';
import { migrationProvider, migrations } from '../../electron/store/migrations/index';
import { openStore } from '../../electron/store/open';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const names = Object.keys(migrations);

describe('migrations', () => {
  test('names are date-prefixed, unique and registered in the order they run', () => {
    for (const n of names) expect(n).toMatch(/^\d{4}-\d{2}-\d{2}-\d{3}-[a-z0-9-]+$/);
    expect([...names].sort()).toEqual(names);
  });

  test.each(names.map((n, i) => [n, i] as const))('%s applies on the previous version and on an empty file', async (name, i) => {
    const store = await openStore(join(tempDir(), 'm.sqlite'), { migrate: false });
    const migrator = new Migrator({ db: store.db, provider: migrationProvider });
    const prev = i === 0 ? NO_MIGRATIONS : names[i - 1]!;
    if (prev !== NO_MIGRATIONS) {
      const r = await migrator.migrateTo(prev);
      expect(r.error).toBeUndefined();
    }
    const { error, results } = await migrator.migrateTo(name);
    expect(error).toBeUndefined();
    expect(results?.map((r) => [r.migrationName, r.status])).toEqual([[name, 'Success']]);
    const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(store.db);
    expect(check.rows[0]?.integrity_check).toBe('ok');
    const fk = await sql`pragma foreign_key_check`.execute(store.db);
    expect(fk.rows).toEqual([]);
    await store.close();
  });

  test('every table of the schema is STRICT', async () => {
    const store = await openStore(join(tempDir(), 'm.sqlite'));
    const tables = await sql<{ name: string; strict: number }>`
      select name, strict from pragma_table_list where schema = 'main' and type = 'table'
        and name not like 'sqlite_%' and name not like 'kysely_%'`.execute(store.db);
    expect(tables.rows.length).toBeGreaterThan(15);
    for (const t of tables.rows) expect({ table: t.name, strict: t.strict }).toEqual({ table: t.name, strict: 1 });
    await store.close();
  });

  test('opening an up-to-date file again applies nothing and keeps its rows', async () => {
    const path = join(tempDir(), 'm.sqlite');
    const a = await openStore(path);
    await a.db.insertInto('sponsors').values({ code: 'x', name: 'X' }).execute();
    await a.close();
    const b = await openStore(path);
    expect(await b.db.selectFrom('sponsors').select('code').execute()).toEqual([{ code: 'x' }]);
    await b.close();
  });
});
