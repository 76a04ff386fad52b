import { join } from 'node:path';
import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { expect, test } from 'vitest';
import { migrationProvider } from '../../electron/store/migrations/index';
import { openStore } from '../../electron/store/open';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const NAME = '2026-11-25-001-initial';

/**
 * The first migration is split into modules (migrations/initial/*.ts) that its frozen file runs in
 * order. What it creates must stay byte for byte what the single file created: every table, index
 * and trigger of sqlite_master in the order it was created, with its SQL, against the snapshot taken
 * before the split.
 */
test(`${NAME} creates exactly the schema it always did (sqlite_master snapshot, #16)`, async () => {
  const store = await openStore(join(tempDir(), 'initial.sqlite'), { migrate: false });
  try {
    const migrator = new Migrator({ db: store.db, provider: migrationProvider });
    expect((await migrator.migrateTo(NAME)).error).toBeUndefined();
    const rows = await sql<{ type: string; name: string; tbl_name: string; sql: string | null }>`
      select type, name, tbl_name, sql from sqlite_master where tbl_name not like 'kysely_%' order by rowid`.execute(store.db);
    expect(rows.rows.length).toBeGreaterThan(20);
    const dump = rows.rows.map((r) => `-- ${r.type} ${r.name} on ${r.tbl_name}\n${r.sql ?? '(automatic)'};\n`).join('\n');
    await expect(dump).toMatchFileSnapshot(`__snapshots__/${NAME}.sql`);
  } finally {
    await store.close();
  }
});
