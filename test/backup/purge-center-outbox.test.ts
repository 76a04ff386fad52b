import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { verifyAuditLog } from '../../electron/audit/audit-log';
import { insertCenterOutbox, markCenterOutboxSent } from '../../electron/centerlink/outbox-repo';
import { backupNow, listBackups } from '../../electron/exchange/backup/backup-files';
import { purgeExpired } from '../../electron/exchange/retention/purge';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const tempDir = useTempDir();

const SENT_OLD = 'SENT-OLD-OPERATOR-MARKER';
const UNSENT_OLD = 'UNSENT-OLD-OPERATOR';
const SENT_NEW = 'SENT-NEW-OPERATOR';

function bytesOf(path: string): Buffer {
  return Buffer.concat([readFileSync(path), existsSync(`${path}-wal`) ? readFileSync(`${path}-wal`) : Buffer.alloc(0)]);
}

const payload = (code: string, operator: string, deskAt: string) =>
  JSON.stringify({ admissionCode: code, nonce: `n-${code}`, desk: 'desk-a', operator, deskAt, offline: true, forced: true, overrideReason: `reason of ${operator}` });

describe("REP-3 a joined desk's copy: the center outbox (#19)", () => {
  test('REP-3: the purge removes outbox rows the center already took for admissions past retention, in the desk file and in its backups; unsent rows and newer rows stay', async () => {
    const d = await openTestDesk(tempDir(), new Date('2026-11-29T00:20:00Z'));
    const db = d.core.store.db;
    const rows = [
      { code: 'A-OLD-SENT', operator: SENT_OLD, at: '2026-08-05T00:40:00.000Z', sent: true },
      { code: 'A-OLD-UNSENT', operator: UNSENT_OLD, at: '2026-08-05T00:41:00.000Z', sent: false },
      { code: 'A-NEW-SENT', operator: SENT_NEW, at: '2026-11-29T00:40:00.000Z', sent: true },
    ];
    for (const r of rows) {
      const seq = await insertCenterOutbox(db, { nonce: `n-${r.code}`, admissionCode: r.code, payloadJson: payload(r.code, r.operator, r.at), createdAt: r.at });
      if (r.sent) await markCenterOutboxSent(db, seq, '2026-11-29T01:00:00.000Z', JSON.stringify({ result: 'admitted', repeat: false }));
    }
    // A backup taken after the cutoff still holds the old sent row.
    const folder = join(tempDir(), 'usb');
    await backupNow(d.core.store, folder, { centerCode: 'SZ-NS-01', at: new Date('2026-11-29T02:00:00Z'), keep: 10 });
    d.core.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(bytesOf(d.core.store.path).includes(Buffer.from(SENT_OLD))).toBe(true);
    expect(bytesOf(listBackups(folder)[0]!.path).includes(Buffer.from(SENT_OLD))).toBe(true);

    const now = new Date('2026-11-30T09:00:00Z');
    const dry = await purgeExpired(d.core.store, { now, operatorId: null, backupFolder: folder, dryRun: true, door: 'test' });
    expect(dry).toMatchObject({ centerOutbox: 1, backups: { found: 1, holding: 1 } });
    expect(await db.selectFrom('center_outbox').select('admission_code').orderBy('seq').execute()).toHaveLength(3);

    const r = await purgeExpired(d.core.store, { now, operatorId: null, backupFolder: folder, door: 'test' });
    expect(r).toMatchObject({ centerOutbox: 1, backups: { found: 1, holding: 1, rewritten: 1, failed: 0 } });
    expect((await db.selectFrom('center_outbox').select('admission_code').orderBy('seq').execute()).map((x) => x.admission_code)).toEqual(['A-OLD-UNSENT', 'A-NEW-SENT']);
    // Gone from the bytes of the desk file, its WAL and the backup; the rest is still there.
    const deskBytes = bytesOf(d.core.store.path);
    expect(deskBytes.includes(Buffer.from(SENT_OLD))).toBe(false);
    expect(deskBytes.includes(Buffer.from(UNSENT_OLD))).toBe(true);
    const backupBytes = bytesOf(listBackups(folder)[0]!.path);
    expect(backupBytes.includes(Buffer.from(SENT_OLD))).toBe(false);
    expect(backupBytes.includes(Buffer.from(SENT_NEW))).toBe(true);
    // Audited with the count, in the purge's entry.
    const entry = await db.selectFrom('audit_log').select(['detail_json']).where('action', '=', 'retention.purge').executeTakeFirstOrThrow();
    expect(JSON.parse(entry.detail_json)).toMatchObject({ centerOutbox: 1 });
    expect(entry.detail_json).not.toContain(SENT_OLD);
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true });
    await d.close();
  });
});
