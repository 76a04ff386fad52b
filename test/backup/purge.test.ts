import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { verifyAuditLog } from '../../electron/audit/audit-log';
import { generateDemo } from '../../electron/demo/demo-day';
import { backupNow, listBackups } from '../../electron/exchange/backup/backup-files';
import { purgeExpired } from '../../electron/exchange/retention/purge';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const tempDir = useTempDir();

/** Every byte of the database file and its WAL. */
function fileBytes(dbPath: string): Buffer {
  return Buffer.concat([readFileSync(dbPath), existsSync(`${dbPath}-wal`) ? readFileSync(`${dbPath}-wal`) : Buffer.alloc(0)]);
}

describe('REP-3 retention purge', () => {
  test('after the purge a byte search of the database and its WAL finds neither a purged document number nor the photo', async () => {
    const d = await openTestDesk(tempDir(), new Date('2026-12-05T00:20:00Z'));
    await generateDemo(d.core.store, { date: '2026-12-05', hashKey: d.core.hashKey });
    const db = d.core.store.db;
    const cand = await db.selectFrom('candidates').select(['id', 'id_number']).orderBy('id').limit(1).executeTakeFirstOrThrow();
    // A photo with a byte pattern no other data has.
    const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.from('EXAM-DESK-PHOTO-MARKER-'.repeat(40))]);
    await db
      .insertInto('photos')
      .values({ candidate_id: cand.id, id_check_id: null, taken_at: '2026-12-05T00:21:00.000Z', mime: 'image/jpeg', sha256: 'x'.repeat(64), bytes: photo })
      .execute();
    d.core.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const dbPath = d.core.store.path;
    expect(fileBytes(dbPath).includes(Buffer.from(cand.id_number!))).toBe(true);
    expect(fileBytes(dbPath).includes(Buffer.from('EXAM-DESK-PHOTO-MARKER-'))).toBe(true);

    const folder = join(tempDir(), 'usb');
    await backupNow(d.core.store, folder, { centerCode: 'SZ-NS-01', at: new Date('2026-12-05T01:00:00Z'), keep: 10 });
    // 91 days later (retention 90): everything of that day is past retention.
    const report = await purgeExpired(d.core.store, { now: new Date('2027-03-06T02:00:00Z'), operatorId: null, backupFolder: folder, door: 'test' });
    expect(report.candidates).toBeGreaterThan(100);
    expect(report.photos).toBe(1);
    expect(report.backups).toMatchObject({ found: 1, holding: 1, removed: 1, failed: 0 });
    expect(listBackups(folder)).toEqual([]);

    const bytes = fileBytes(dbPath);
    expect(bytes.includes(Buffer.from(cand.id_number!))).toBe(false);
    expect(bytes.includes(Buffer.from('EXAM-DESK-PHOTO-MARKER-'))).toBe(false);
    const left = await db.selectFrom('candidates').select(['id_number', 'id_last4', 'purged_at']).where('id', '=', cand.id).executeTakeFirstOrThrow();
    expect(left).toMatchObject({ id_number: null, id_last4: cand.id_number!.slice(-4), purged_at: '2027-03-06T02:00:00.000Z' });
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true });
    await d.close();
  });

  test('within the retention period nothing is purged; the CLI dry run reports what it would remove', async () => {
    const d = await openTestDesk(tempDir(), new Date('2026-12-05T00:20:00Z'));
    await generateDemo(d.core.store, { date: '2026-12-05', hashKey: d.core.hashKey });
    const early = await purgeExpired(d.core.store, { now: new Date('2027-02-01T00:00:00Z'), operatorId: null, backupFolder: null, door: 'test' });
    expect(early).toMatchObject({ candidates: 0, photos: 0 });
    const dbPath = d.core.store.path;
    await d.close();
    const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
    const r = spawnSync(tsx, ['electron/cli/index.ts', 'purge', '--db', dbPath, '--dry-run'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/would remove the document numbers of \d+ candidates/);
  });
});
