import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { migrations } from '../../electron/store/migrations/index';
import { openStore } from '../../electron/store/open';
import { pgMigrations } from '../../electron/store/pg/migrations/index';
import { migrateDeskPg, openDeskPg } from '../../electron/store/pg/open-desk-pg';
import { usePgCluster } from '../support/pg-cluster';
import { pgShape, sqliteShape, type SchemaShape } from '../support/schema-shape';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const cluster = usePgCluster();

/** Each table as lines, so a difference reads as the table and the line that differ. */
const lines = (s: SchemaShape) =>
  Object.entries(s).flatMap(([t, v]) => [
    ...v.columns.map((c) => `${t}: column ${c}`),
    `${t}: primary key (${v.primaryKey.join(', ')})`,
    ...v.indexes.map((i) => `${t}: ${i}`),
    ...v.triggers.map((g) => `${t}: trigger ${g}`),
    `${t}: ${v.checks} check constraint(s)`,
    ...v.foreignKeys.map((f) => `${t}: foreign key ${f}`),
  ]);

describe("the desk's schema on PostgreSQL is the twin of its SQLite migrations (#19)", () => {
  test('every SQLite migration has its PostgreSQL twin under the same name, in the same order', () => {
    expect(Object.keys(pgMigrations)).toEqual(Object.keys(migrations));
  });

  test('both migrated schemas have the same tables, columns (type family, nullability, order), primary keys, unique and other indexes, triggers, CHECK constraints and foreign keys', async () => {
    const store = await openStore(join(tempDir(), 'twin.sqlite'));
    const onSqlite = await sqliteShape(store.db).finally(() => store.close());
    const db = openDeskPg(await cluster().createDatabase('twin'));
    const onPg = await (async () => {
      await migrateDeskPg(db);
      return pgShape(db);
    })().finally(() => db.destroy());

    expect(Object.keys(onSqlite).length).toBeGreaterThan(25);
    expect(Object.keys(onPg).sort()).toEqual(Object.keys(onSqlite).sort());
    expect(lines(onPg).sort()).toEqual(lines(onSqlite).sort());
    // The readers see what matters (a comparison of two empty shapes would prove nothing).
    expect(onSqlite.check_ins!.indexes).toContain('unique (appointment_id)');
    expect(onSqlite.results!.indexes).toContain('unique (appointment_id, part) partial');
    expect(onSqlite.audit_log!.triggers).toEqual(['audit_log_no_delete', 'audit_log_no_update']);
    expect(onSqlite.center_profiles!.primaryKey).toEqual(['center_id', 'profile_id']);
    expect(onSqlite.photos!.columns).toContain('bytes bytes not null');
    expect(onSqlite.incidents!.checks).toBe(3);
    expect(onSqlite.check_ins!.foreignKeys).toEqual(['(appointment_id) -> appointments(id)', '(operator_id) -> operators(id)']);
  });
});
