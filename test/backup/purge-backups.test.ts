import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { purgeCommand } from '../../electron/cli/purge-command';
import { backupNow, listBackups } from '../../electron/exchange/backup/backup-files';
import { purgeExpired } from '../../electron/exchange/retention/purge';
import { addCandidate, cnId, openCheckinDesk, type CheckinDesk } from '../checkin/support';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
let desk: CheckinDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

const MARKER = 'EXAM-DESK-PHOTO-MARKER-';
const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.from(MARKER.repeat(40))]);

/** Every byte of a file and of the WAL beside it. */
function bytesOf(path: string): Buffer {
  return Buffer.concat([readFileSync(path), existsSync(`${path}-wal`) ? readFileSync(`${path}-wal`) : Buffer.alloc(0)]);
}

/** A demo day with a photo, and one candidate whose exam is in March 2027 (kept by the purge). */
async function demoWithPhotoAndLaterCandidate(start: Date) {
  desk = await openCheckinDesk(tempDir(), start);
  const d = desk;
  const db = d.core.store.db;
  const first = await db.selectFrom('candidates').select('id').orderBy('id').limit(1).executeTakeFirstOrThrow();
  await db
    .insertInto('photos')
    .values({ candidate_id: first.id, id_check_id: null, taken_at: start.toISOString(), mime: 'image/jpeg', sha256: 'x'.repeat(64), bytes: photo })
    .execute();
  const later = await addCandidate(d, { idNumber: cnId('11010119900307300'), startsAt: '2027-03-10T01:00:00.000Z' });
  const purged = (await db.selectFrom('candidates').select('id_number').where('id', '!=', later.candidateId).execute()).map((c) => c.id_number!);
  return { desk: d, later, purged };
}

describe('REP-3 the purge reaches the backups (#14.6)', () => {
  test('backups in "backups/" and in a --to folder are rewritten or removed: a byte search of each finds no purged number and no photo', async () => {
    const { desk, later, purged } = await demoWithPhotoAndLaterCandidate(new Date('2026-12-05T00:20:00Z'));
    expect(purged.length).toBeGreaterThan(100);
    const store = desk.core.store;
    const beside = join(dirname(store.path), 'backups');
    const usb = join(tempDir(), 'usb');
    // Taken before the cutoff (removed whole), and two newer ones that still hold everything.
    const old = await backupNow(store, beside, { centerCode: 'SZ-NS-01', at: new Date('2026-12-05T01:00:00Z'), keep: 10 });
    const newer = await backupNow(store, beside, { centerCode: 'SZ-NS-01', at: new Date('2027-03-05T00:00:00Z'), keep: 10 });
    const copied = await backupNow(store, usb, { centerCode: 'SZ-NS-01', at: new Date('2027-03-04T00:00:00Z'), keep: 10 });
    for (const b of [old, newer, copied]) {
      expect(bytesOf(b.path).includes(Buffer.from(purged[0]!))).toBe(true);
      expect(bytesOf(b.path).includes(Buffer.from(MARKER))).toBe(true);
    }

    const now = new Date('2027-03-06T02:00:00Z'); // 91 days after the demo day: it is past retention
    const dry = await purgeExpired(store, { now, operatorId: null, backupFolder: null, dryRun: true, door: 'test' });
    expect(dry.backups).toMatchObject({ found: 3, holding: 3, rewritten: 0, removed: 0, failed: 0 });
    const report = await purgeExpired(store, { now, operatorId: null, backupFolder: null, door: 'test' });
    expect(report.backups).toMatchObject({ found: 3, holding: 3, rewritten: 2, removed: 1, failed: 0, failures: [] });
    expect(existsSync(old.path)).toBe(false);
    expect(existsSync(`${old.path}.key`)).toBe(false);

    for (const b of [newer, copied]) {
      const bytes = bytesOf(b.path);
      const found = purged.filter((n) => bytes.includes(Buffer.from(n)));
      expect([b.name, found]).toEqual([b.name, []]);
      expect(bytes.includes(Buffer.from(MARKER))).toBe(false);
      // Rewritten, not emptied: the candidate of March 2027 keeps its number, the chains still hold.
      expect(bytes.includes(Buffer.from(later.idNumber))).toBe(true);
      const copy = new Database(b.path, { readonly: true });
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect((copy.prepare('select count(*) as n from candidates where id_number is null and purged_at is not null').get() as { n: number }).n).toBe(purged.length);
      copy.close();
      expect(existsSync(`${b.path}.key`)).toBe(true);
    }
    expect(listBackups(usb)).toHaveLength(1);
    // A second purge finds nothing left to do in the backups.
    expect((await purgeExpired(store, { now, operatorId: null, backupFolder: null, dryRun: true, door: 'test' })).backups).toMatchObject({ found: 2, holding: 0 });
  });

  test('`desk purge` prints what it did to the backups', async () => {
    // A demo day in August 2026: past the 90-day retention for the wall clock the CLI uses.
    const { desk: d } = await demoWithPhotoAndLaterCandidate(new Date('2026-08-01T00:20:00Z'));
    const store = d.core.store;
    await backupNow(store, join(tempDir(), 'usb'), { centerCode: 'SZ-NS-01', at: new Date(Date.now() - 60_000), keep: 10 });
    await backupNow(store, join(dirname(store.path), 'backups'), { centerCode: 'SZ-NS-01', at: new Date('2026-08-01T01:00:00Z'), keep: 10 });
    const path = store.path;
    await d.close();
    desk = null;
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')));
    const dry = await purgeCommand.run({ positional: [], options: { db: path, 'dry-run': true } });
    const done = await purgeCommand.run({ positional: [], options: { db: path } }).finally(() => log.mockRestore());
    expect([dry, done]).toEqual([0, 0]);
    expect(lines.join('\n')).toContain('backups: 2 of 2 hold data to purge');
    expect(lines.join('\n')).toContain('backups: 2 found, 2 held data to purge: 1 rewritten, 1 removed, 0 failed');
  });
});
