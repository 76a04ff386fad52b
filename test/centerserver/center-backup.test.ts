import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { describe, expect, test } from 'vitest';
import { verifyCenterChain } from '../../electron/centerserver/center-audit-repo';
import { backupCenter } from '../../electron/centerserver/center-backup';
import { restoreCenter } from '../../electron/centerserver/center-restore';
import type { CenterDB } from '../../electron/centerserver/center-schema';
import { resolveConflict } from '../../electron/centerserver/conflicts-repo';
import { touchDesk } from '../../electron/centerserver/desks-repo';
import { assignLease } from '../../electron/centerserver/leases-repo';
import { claimOnline, claimReplay } from '../../electron/centerserver/ledger-repo';
import { migrateCenter, openCenterPg, openCenterSqlite } from '../../electron/centerserver/open-center';
import { sessionKey } from '../../electron/centerserver/session-key';
import { putSnapshot } from '../../electron/centerserver/snapshots-repo';
import { useTempDir } from '../support/temp-dir';
import { claim, SLOW, useCenterLegs } from './center-legs';

const legs = useCenterLegs();
const outDir = useTempDir('exam-desk-center-backup-');
const TABLES = ['center_desks', 'center_leases', 'center_checkins', 'center_conflicts', 'center_audit', 'center_chain_head', 'center_snapshots'] as const;

/** A PostgreSQL center with every kind of row: more audit entries than one page of the copy, several snapshots. */
async function busyCenter(): Promise<{ url: string; db: Kysely<CenterDB> }> {
  const url = await legs.pgUrl();
  const db = legs.track(openCenterPg(url, { connectTimeoutMs: 30_000, queryTimeoutMs: 60_000 }));
  await migrateCenter(db, 'postgres');
  await touchDesk(db, 'desk-a', '2026-11-30T07:00:00.000Z');
  await touchDesk(db, 'desk-b', '2026-11-30T07:01:00.000Z');
  await assignLease(db, { sessionKey: sessionKey('R101', '2026-11-30T01:00:00.000Z'), desk: 'desk-a', by: 'manager1', at: '2026-11-30T07:02:00.000Z' });
  for (let i = 0; i < 520; i++) await claimOnline(db, claim(`C${String(i).padStart(4, '0')}`, { desk: i % 2 ? 'desk-a' : 'desk-b', operator: 'Wang Fang' }));
  await claimReplay(db, claim('C0001', { desk: 'desk-b', offline: true, forced: true, overrideReason: 'manager said so' }));
  await claimReplay(db, claim('C0002', { desk: 'desk-a', offline: true }));
  const [first] = await db.selectFrom('center_conflicts').select('id').orderBy('id').execute();
  await resolveConflict(db, { id: first!.id, resolution: 'kept-second', note: 'the second desk saw the ID', by: 'manager1', at: '2026-11-30T09:00:00.000Z' });
  for (let i = 0; i < 3; i++) await putSnapshot(db, { takenAt: `2026-11-30T0${i}:00:00.000Z`, fromDesk: 'desk-a', bytes: Buffer.alloc(70_000 + i, i + 1), hashKey: `key-${i}` });
  return { url, db };
}

/** Every row of a table, in one order on both dialects. */
async function rowsOf(db: Kysely<CenterDB>, table: (typeof TABLES)[number]): Promise<unknown[]> {
  const rows = await (db as unknown as Kysely<Record<string, Record<string, unknown>>>).selectFrom(table).selectAll().execute();
  const key = (r: Record<string, unknown>) => JSON.stringify([r.id, r.seq, r.name, r.session_key, r.admission_code]);
  return rows.map((r) => ({ ...r, bytes: r.bytes === undefined ? undefined : Buffer.from(r.bytes as Uint8Array) })).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function desk(args: string[]) {
  const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
  return spawnSync(tsx, ['electron/cli/index.ts', ...args], { encoding: 'utf8', timeout: SLOW, env: { ...process.env, EXAM_DESK_CENTER_URL: '' } });
}

describe('a backup of the PostgreSQL center and its restore (#19)', () => {
  test('copies every center table into a SQLite file with the center schema, row for row, and the copied chain verifies', { timeout: SLOW * 2 }, async () => {
    const { db } = await busyCenter();
    const out = join(outDir(), 'center-backup.sqlite');
    const r = await backupCenter(db, out);
    expect(r.counts).toEqual({ center_desks: 2, center_leases: 1, center_checkins: 520, center_conflicts: 2, center_audit: expect.any(Number), center_snapshots: 3 });
    expect(r.counts.center_audit).toBeGreaterThan(520);
    const sourceChain = await verifyCenterChain(db);
    expect(sourceChain.ok).toBe(true);
    expect(r.chain).toEqual(sourceChain);
    expect(existsSync(`${out}.partial`)).toBe(false);
    expect(existsSync(`${out}-wal`)).toBe(false);
    if (process.platform !== 'win32') expect(statSync(out).mode & 0o777).toBe(0o600);

    const copy = legs.track(openCenterSqlite(out));
    for (const table of TABLES) expect(await rowsOf(copy, table), table).toEqual(await rowsOf(db, table));
    expect(await verifyCenterChain(copy)).toEqual(sourceChain);
    // The backup is a center database: the same migrations, and the repositories write to it.
    await migrateCenter(copy, 'sqlite');
    await claimOnline(copy, claim('AFTER-RESTORE'));
    expect(await verifyCenterChain(copy)).toEqual({ ok: true, length: r.counts.center_audit + 1 });

    await expect(backupCenter(db, out)).rejects.toThrow(/already exists/);
  });

  test('`desk center-backup` and `desk center-purge --dry-run` against a real PostgreSQL center; a tampered chain makes the backup say BROKEN', { timeout: SLOW * 2 }, async () => {
    const url = await legs.pgUrl();
    const db = legs.track(openCenterPg(url, { connectTimeoutMs: 30_000, queryTimeoutMs: 60_000 }));
    await migrateCenter(db, 'postgres');
    for (const code of ['A1', 'A2', 'A3']) await claimOnline(db, claim(code, { deskAt: '2026-08-05T00:40:00.000Z' }));
    const dir = outDir();

    const ok = desk(['center-backup', '--url', url, '--out', join(dir, 'a.sqlite')]);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/center_checkins\s+3/);
    expect(ok.stdout).toMatch(/chain {3}ok \(3 entries\)/);

    const dry = desk(['center-purge', '--url', url, '--days', '90', '--dry-run']);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(/would remove 3 check-ins and 0 resolved conflicts/);
    expect((await db.selectFrom('center_checkins').select('nonce').execute()).length).toBe(3);

    await db.updateTable('center_audit').set({ detail_json: '{"tampered":true}' }).where('seq', '=', 2).execute();
    const broken = desk(['center-backup', '--url', url, '--out', join(dir, 'b.sqlite')]);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(/chain {3}BROKEN at entry 2/);
    expect(existsSync(join(dir, 'b.sqlite'))).toBe(true);

    const fresh = await legs.pgUrl();
    const restored = desk(['center-restore', '--from', join(dir, 'a.sqlite'), '--url', fresh]);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    expect(restored.stdout).toMatch(/chain {3}ok \(3 entries\)/);
    expect(desk(['center-restore', '--from', join(dir, 'b.sqlite'), '--url', await legs.pgUrl()]).stderr).toMatch(/broken at entry 2; it is not restored/);

    const missing = desk(['center-backup', '--url', url]);
    expect(missing.status).toBe(2);
  });

  test('a backup restores into an empty PostgreSQL center with its ids and chain; new ids follow the copied ones; a center that holds data is refused', { timeout: SLOW * 2 }, async () => {
    const { db } = await busyCenter();
    const out = join(outDir(), 'center-backup.sqlite');
    await backupCenter(db, out);
    const target = legs.track(openCenterPg(await legs.pgUrl(), { connectTimeoutMs: 30_000, queryTimeoutMs: 60_000 }));
    const r = await restoreCenter(out, target);
    expect(r.chain).toEqual(await verifyCenterChain(db));
    for (const table of TABLES) expect(await rowsOf(target, table), table).toEqual(await rowsOf(db, table));
    // The center works on: the next conflict and snapshot take ids after the copied ones, the chain goes on.
    const conflict = await claimReplay(target, claim('C0003', { desk: 'desk-a', offline: true }));
    expect(conflict).toMatchObject({ result: 'conflict', conflictId: 3 });
    expect(await putSnapshot(target, { takenAt: '2026-11-30T10:00:00.000Z', fromDesk: 'desk-b', bytes: new Uint8Array([1]), hashKey: 'k' })).toBe(4);
    expect(await verifyCenterChain(target)).toEqual({ ok: true, length: r.counts.center_audit + 2 });
    await expect(restoreCenter(out, target)).rejects.toThrow(/only into an empty center/);
  });
});
