import { createHash } from 'node:crypto';
import { afterEach, describe, expect, test } from 'vitest';
import type { RecordIdCheckResult } from '../../shared/checkin/types';
import type { IdLogPhoto, IdLogRecord } from '../../shared/idlog/contract';
import { verifyAuditLog } from '../../electron/audit/audit-log';
import { verifyIdCheckChain } from '../../electron/idlog/chain';
import { addCandidate, openCheckinDesk, passingCheck, type CheckinDesk } from '../checkin/support';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
let desk: CheckinDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

/** A real 1x1 PNG, as the desk camera would send it (base64). */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

async function recorded(d: CheckinDesk, over: Record<string, unknown> = {}) {
  const zw = await addCandidate(d, { seat: 'B02' });
  const proctor = await d.as('proctor1');
  const r = await d.call<RecordIdCheckResult>('checkin.recordIdCheck', passingCheck(zw, over), proctor);
  if (r.status !== 'recorded') throw new Error('the check should be recorded');
  return { zw, proctor, record: r.record };
}

const audits = (d: CheckinDesk, action: string) => d.core.store.db.selectFrom('audit_log').select(['subject_id', 'detail_json']).where('action', '=', action).execute();

describe('idlog.photo: the photo taken with an identity check', () => {
  test('returns the stored image with its digest, says it matches the chained record, and audits the look', async () => {
    desk = await openCheckinDesk(tempDir(), new Date('2026-12-05T00:20:00Z'));
    const { proctor, record } = await recorded(desk, { photo: { mime: 'image/png', base64: PNG } });
    expect(record.hasPhoto).toBe(true);
    const photo = await desk.call<IdLogPhoto>('idlog.photo', { idCheckId: record.id }, proctor);
    const sha = createHash('sha256').update(Buffer.from(PNG, 'base64')).digest('hex');
    expect(photo).toEqual({ idCheckId: record.id, mime: 'image/png', sha256: sha, base64: PNG, matchesRecord: true });
    expect((await audits(desk, 'idlog.photo.view')).map((a) => String(a.subject_id))).toEqual([String(record.id)]);
  });

  test('a stored image changed behind the desk is reported as not matching the chained record', async () => {
    desk = await openCheckinDesk(tempDir(), new Date('2026-12-05T00:20:00Z'));
    const { proctor, record } = await recorded(desk, { photo: { mime: 'image/png', base64: PNG } });
    const other = Buffer.from(PNG, 'base64');
    other.writeUInt8(other.readUInt8(other.length - 1) ^ 0xff, other.length - 1);
    await desk.core.store.db.updateTable('photos').set({ bytes: other }).where('id_check_id', '=', record.id).execute();
    const photo = await desk.call<IdLogPhoto>('idlog.photo', { idCheckId: record.id }, proctor);
    expect(photo.matchesRecord).toBe(false);
    expect(photo.base64).toBe(other.toString('base64'));
  });

  test('a check without a photo answers null; an unknown record is NOT_FOUND', async () => {
    desk = await openCheckinDesk(tempDir(), new Date('2026-12-05T00:20:00Z'));
    const { proctor, record } = await recorded(desk);
    expect(await desk.call('idlog.photo', { idCheckId: record.id }, proctor)).toBeNull();
    expect(await desk.invoke('idlog.photo', { idCheckId: 999_999 }, proctor)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('idlog.correct: a correction is a new chained record, nothing is edited', () => {
  test('a manager corrects a record with a reason: a new record names it, the original is unchanged and shows who corrected it, audited in the same change', async () => {
    desk = await openCheckinDesk(tempDir(), new Date('2026-12-05T00:20:00Z'));
    const { proctor, record } = await recorded(desk, { expiryDate: '2026-01-31' }); // DAY-3: expired
    expect(record.outcome).not.toBe('passed');
    const db = desk.core.store.db;
    const before = await db.selectFrom('id_checks').selectAll().where('id', '=', record.id).executeTakeFirstOrThrow();

    // A proctor may not correct; a reason is required.
    expect(await desk.invoke('idlog.correct', { idCheckId: record.id, reason: '证件有效期录入错误' }, proctor)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const manager = await desk.as('manager');
    expect(await desk.invoke('idlog.correct', { idCheckId: record.id, reason: '  ' }, manager)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await desk.invoke('idlog.correct', { idCheckId: 999_999, reason: '证件有效期录入错误' }, manager)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const correction = await desk.call<IdLogRecord>('idlog.correct', { idCheckId: record.id, reason: '证件有效期录入错误' }, manager);
    expect(correction).toMatchObject({ kind: 'correction', outcome: 'corrected', correctsId: record.id, correctionReason: '证件有效期录入错误', operatorName: '王经理' });
    expect(correction.id).toBeGreaterThan(record.id);
    expect(await db.selectFrom('id_checks').selectAll().where('id', '=', record.id).executeTakeFirstOrThrow()).toEqual(before);

    const { records } = await desk.call<{ records: IdLogRecord[] }>('idlog.list', {}, manager);
    expect(records.find((r) => r.id === record.id)?.correctedBy).toEqual([correction.id]);
    const audit = await audits(desk, 'idlog.correct');
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.detail_json)).toMatchObject({ correctionId: correction.id, reason: '证件有效期录入错误' });
    expect(await verifyIdCheckChain(db)).toMatchObject({ ok: true });
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true });
  });
});
