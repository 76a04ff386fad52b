import { join } from 'node:path';
import { Migrator } from 'kysely/migration';
import { sql } from 'kysely';
import { describe, expect, test } from 'vitest';
import { migrationProvider } from '../../electron/store/migrations/index';
import { openStore } from '../../electron/store/open';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

describe('migration 2026-11-30-100-center-setup', () => {
  test('an existing center keeps its rows, gets an empty address and applies the profiles of the subjects it hosts', async () => {
    const store = await openStore(join(tempDir(), 'm.sqlite'), { migrate: false });
    const migrator = new Migrator({ db: store.db, provider: migrationProvider });
    expect((await migrator.migrateTo('2026-11-25-060-seating')).error).toBeUndefined();
    const db = store.db as unknown as import('kysely').Kysely<any>;
    await db.insertInto('centers').values({ code: 'SZ-NS-01', name: '深圳南山', name_en: 'Shenzhen Nanshan', time_zone: 'Asia/Shanghai', city: '深圳' }).execute();
    await db
      .insertInto('sponsors')
      .values([
        { code: 'ctyun', name: 'CTyun' },
        { code: 'tencent-cloud', name: 'Tencent Cloud' },
      ])
      .execute();
    await db
      .insertInto('subjects')
      .values([
        { sponsor_id: 1, code: 'ECA-DEV', name: '开发', level: 'ECA', profile_id: 'ctyun' },
        { sponsor_id: 2, code: 'TCCA', name: '云', level: 'TCCA', profile_id: 'tencent-test-center' },
        { sponsor_id: 2, code: 'TCCP', name: '架构', level: 'TCCP', profile_id: 'tencent-test-center' },
      ])
      .execute();
    await db.insertInto('rooms').values({ center_id: 1, code: 'R1', name: '一号', rows: 2, cols: 2, proctor_row: null, proctor_col: null }).execute();

    const r = await migrator.migrateTo('2026-11-30-100-center-setup');
    expect(r.error).toBeUndefined();

    expect(await db.selectFrom('centers').selectAll().execute()).toEqual([{ id: 1, code: 'SZ-NS-01', name: '深圳南山', name_en: 'Shenzhen Nanshan', time_zone: 'Asia/Shanghai', city: '深圳', address: '' }]);
    expect(await db.selectFrom('rooms').select(['code', 'center_id']).execute()).toEqual([{ code: 'R1', center_id: 1 }]);
    const chosen = await db.selectFrom('center_profiles').select(['center_id', 'profile_id', 'chosen_by']).orderBy('profile_id').execute();
    expect(chosen).toEqual([
      { center_id: 1, profile_id: 'ctyun', chosen_by: null },
      { center_id: 1, profile_id: 'tencent-test-center', chosen_by: null },
    ]);
    // The address is a real NOT NULL text column of the STRICT table; a profile is chosen once per center.
    await db.updateTable('centers').set({ address: '深圳市南山区科技园' }).execute();
    expect((await db.selectFrom('centers').select('address').executeTakeFirstOrThrow()).address).toBe('深圳市南山区科技园');
    await expect(db.insertInto('center_profiles').values({ center_id: 1, profile_id: 'ctyun', chosen_at: '2026-11-30T00:00:00.000Z', chosen_by: null }).execute()).rejects.toThrow(/UNIQUE|PRIMARY/);
    const strictRow = await sql<{ strict: number }>`select strict from pragma_table_list where name = 'center_profiles'`.execute(db);
    expect(strictRow.rows[0]?.strict).toBe(1);
    await store.close();
  });

  test('an empty desk migrates to no center and no chosen profiles', async () => {
    const store = await openStore(join(tempDir(), 'e.sqlite'));
    expect(await store.db.selectFrom('center_profiles').selectAll().execute()).toEqual([]);
    expect(await store.db.selectFrom('centers').selectAll().execute()).toEqual([]);
    await store.close();
  });
});
