import { describe, expect, test } from 'vitest';
import type { CenterDB } from '../../electron/centerserver/center-schema';
import { CENTER_MIGRATION_LOCK_TABLE, CENTER_MIGRATION_TABLE, migrateCenter, openCenterSqlite, redactUrl } from '../../electron/centerserver/open-center';
import { sessionKey } from '../../electron/centerserver/session-key';
import { DIALECTS, SLOW, useCenterLegs } from './center-legs';

const legs = useCenterLegs();

/** Every column of every table in center-schema.ts with its nullability; the type makes this list complete and exact. */
const COLUMNS: { [T in keyof CenterDB]: { [C in keyof CenterDB[T]]-?: null extends CenterDB[T][C] ? 'null' : 'not null' } } = {
  center_desks: { name: 'not null', joined_at: 'not null', last_contact_at: 'not null' },
  center_leases: { session_key: 'not null', desk: 'not null', assigned_by: 'not null', assigned_at: 'not null' },
  center_checkins: {
    admission_code: 'not null',
    nonce: 'not null',
    desk: 'not null',
    operator: 'not null',
    desk_at: 'not null',
    received_at: 'not null',
    offline: 'not null',
    forced: 'not null',
    override_reason: 'null',
  },
  center_conflicts: {
    id: 'not null',
    admission_code: 'not null',
    nonce: 'not null',
    desk: 'not null',
    operator: 'not null',
    desk_at: 'not null',
    received_at: 'not null',
    forced: 'not null',
    evidence_json: 'not null',
    resolved_at: 'null',
    resolved_by: 'null',
    resolution: 'null',
    note: 'null',
  },
  center_audit: { seq: 'not null', received_at: 'not null', desk: 'not null', desk_at: 'not null', action: 'not null', subject: 'not null', detail_json: 'not null', prev_hash: 'not null', hash: 'not null' },
  center_chain_head: { id: 'not null', seq: 'not null', hash: 'not null' },
  center_snapshots: { id: 'not null', taken_at: 'not null', from_desk: 'not null', bytes: 'not null', hash_key: 'not null' },
};

const checkin = (code: string, nonce: string) => ({
  admission_code: code,
  nonce,
  desk: 'desk-a',
  operator: 'p1',
  desk_at: '2026-11-30T08:00:00.000Z',
  received_at: '2026-11-30T08:00:01.000Z',
  offline: 0,
  forced: 0,
  override_reason: null,
});

describe.each(DIALECTS)('center migrations on %s (#19)', (dialect) => {
  test('create exactly the tables and columns of center-schema.ts, beside their own migration tables', { timeout: SLOW }, async () => {
    const db = await legs.open(dialect);
    const tables = await db.introspection.getTables();
    const ours = Object.fromEntries(tables.filter((t) => !t.isView && t.name.startsWith('center_') && !t.name.startsWith('center_kysely')).map((t) => [t.name, t.columns.map((c) => c.name).sort()]));
    const expected = Object.fromEntries(Object.entries(COLUMNS).map(([t, cols]) => [t, Object.keys(cols).sort()]));
    expect(ours).toEqual(expected);
    const nullability = Object.fromEntries(tables.filter((t) => t.name in COLUMNS).map((t) => [t.name, Object.fromEntries(t.columns.map((c) => [c.name, c.isNullable ? 'null' : 'not null']))]));
    expect(nullability).toEqual(COLUMNS);
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining([CENTER_MIGRATION_TABLE, CENTER_MIGRATION_LOCK_TABLE]));
    expect(tables.map((t) => t.name)).not.toContain('kysely_migration');
    expect(await db.selectFrom('center_chain_head').selectAll().execute()).toEqual([{ id: 1, seq: 0, hash: '0'.repeat(64) }]);
  });

  test('DAY-8 lives in the database: one check-in per admission code, one use per nonce, one conflict per nonce, unique hashes and lease keys; rows survive a second migrate', { timeout: SLOW }, async () => {
    const db = await legs.open(dialect);
    await db.insertInto('center_checkins').values(checkin('A1', 'n1')).execute();
    await expect(db.insertInto('center_checkins').values(checkin('A1', 'n2')).execute()).rejects.toThrow();
    await expect(db.insertInto('center_checkins').values(checkin('A2', 'n1')).execute()).rejects.toThrow();
    const conflict = { ...checkin('A1', 'n3'), evidence_json: '{}' };
    delete (conflict as { offline?: number }).offline;
    delete (conflict as { override_reason?: unknown }).override_reason;
    const { id } = await db.insertInto('center_conflicts').values(conflict).returning('id').executeTakeFirstOrThrow();
    expect(typeof id).toBe('number');
    await expect(db.insertInto('center_conflicts').values(conflict).execute()).rejects.toThrow();
    await expect(db.updateTable('center_conflicts').set({ resolution: 'kept-both' }).where('id', '=', id).execute()).rejects.toThrow();
    const entry = { received_at: 't', desk: 'd', desk_at: 't', action: 'a', subject: 's', detail_json: 'null', prev_hash: '0'.repeat(64), hash: 'h1' };
    await db
      .insertInto('center_audit')
      .values({ seq: 1, ...entry })
      .execute();
    await expect(
      db
        .insertInto('center_audit')
        .values({ seq: 1, ...entry, hash: 'h2' })
        .execute(),
    ).rejects.toThrow();
    await expect(
      db
        .insertInto('center_audit')
        .values({ seq: 2, ...entry })
        .execute(),
    ).rejects.toThrow();
    await db.insertInto('center_leases').values({ session_key: 'R1@2026-11-30T01:00:00.000Z', desk: 'desk-a', assigned_by: 'm', assigned_at: 't' }).execute();
    await expect(db.insertInto('center_leases').values({ session_key: 'R1@2026-11-30T01:00:00.000Z', desk: 'desk-b', assigned_by: 'm', assigned_at: 't' }).execute()).rejects.toThrow();
    await expect(db.insertInto('center_chain_head').values({ id: 2, seq: 0, hash: 'x' }).execute()).rejects.toThrow();
    await expect(
      db
        .insertInto('center_checkins')
        .values({ ...checkin('A9', 'n9'), offline: 2 })
        .execute(),
    ).rejects.toThrow();

    await migrateCenter(db, dialect);
    expect(await db.selectFrom('center_checkins').select(['admission_code', 'nonce']).execute()).toEqual([{ admission_code: 'A1', nonce: 'n1' }]);
    expect(await db.selectFrom('center_conflicts').select(['id', 'nonce']).execute()).toEqual([{ id, nonce: 'n3' }]);
    expect(await db.selectFrom('center_audit').select(['seq', 'hash']).execute()).toEqual([{ seq: 1, hash: 'h1' }]);
    expect(await db.selectFrom('center_chain_head').selectAll().execute()).toEqual([{ id: 1, seq: 0, hash: '0'.repeat(64) }]);
  });
});

describe('center migrations on SQLite (#19)', () => {
  test('tables are STRICT: a text in an integer column is refused', { timeout: SLOW }, async () => {
    const db = await legs.open('sqlite');
    const entry = { received_at: 't', desk: 'd', desk_at: 't', action: 'a', subject: 's', detail_json: 'null', prev_hash: 'p', hash: 'h' };
    await expect(
      db
        .insertInto('center_audit')
        .values({ ...entry, seq: 'one' as unknown as number })
        .execute(),
    ).rejects.toThrow(/datatype mismatch|cannot store TEXT/i);
  });

  test('the center migrations keep their own bookkeeping, so a file already migrated by another Migrator still takes them', { timeout: SLOW }, async () => {
    const path = legs.sqlitePath();
    const db = legs.track(openCenterSqlite(path));
    const { Migrator } = await import('kysely/migration');
    // A desk-like migration history under Kysely's default table names.
    const other = new Migrator({ db, provider: { getMigrations: async () => ({ '2026-11-25-001-initial': { up: async () => {} } }) } });
    expect((await other.migrateToLatest()).error).toBeUndefined();
    await migrateCenter(db, 'sqlite');
    const names = (await db.introspection.getTables({ withInternalKyselyTables: true })).map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['kysely_migration', CENTER_MIGRATION_TABLE, 'center_checkins']));
    const applied = await db
      .selectFrom(CENTER_MIGRATION_TABLE as 'center_desks')
      .select('name')
      .execute();
    expect(applied).toEqual([{ name: '2026-11-30-001-center' }]);
  });
});

describe('center addresses and session keys (#19)', () => {
  test('redactUrl names user, host, port and database, never the password or query parameters', () => {
    expect(redactUrl('postgres://desk:s3cret@10.0.0.5:5432/examcenter?sslmode=disable&password=x')).toBe('postgres://desk@10.0.0.5:5432/examcenter');
    expect(redactUrl('postgres://10.0.0.5/examcenter')).toBe('postgres://10.0.0.5/examcenter');
    expect(redactUrl('not a url')).not.toContain('not a url');
  });

  test('a session is keyed across desks by its room code and UTC start', () => {
    expect(sessionKey('R101', '2026-11-30T01:00:00.000Z')).toBe('R101@2026-11-30T01:00:00.000Z');
  });
});
