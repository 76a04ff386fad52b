import { afterEach, describe, expect, test } from 'vitest';
import type { RecordIdCheckResult } from '../../shared/checkin/types';
import { useTempDir } from '../support/temp-dir';
import { addCandidate, openCheckinDesk, passingCheck, type CheckinDesk } from '../checkin/support';

const tempDir = useTempDir();
let desk: CheckinDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

const recorded = (r: RecordIdCheckResult) => {
  if (r.status !== 'recorded') throw new Error(`not recorded: ${JSON.stringify(r)}`);
  return r;
};

describe('DAY-3 at the desk (checkin.recordIdCheck through the registry)', () => {
  test('DAY-3 a blank expiry not marked long-term is refused and recorded as a failed expiry check', async () => {
    desk = await openCheckinDesk(tempDir(), new Date('2026-12-05T00:00:00Z'));
    const zw = await addCandidate(desk, { seat: 'B02' });
    const proctor = await desk.as('proctor1');
    const r = recorded(await desk.call<RecordIdCheckResult>('checkin.recordIdCheck', passingCheck(zw, { expiryDate: null }), proctor));
    expect(r.record.outcome).toBe('refused');
    expect(r.record.ruleIds).toContain('DAY-3');
    expect(r.record.checks.expiry).toEqual({ date: null, result: 'fail' });
    expect(r.verdict.messageKey).toBe('verdict.identity.noExpiry');
    const stored = await desk.core.store.db.selectFrom('id_checks').select(['outcome']).where('id', '=', r.record.id).executeTakeFirstOrThrow();
    expect(stored.outcome).toBe('refused');
  });

  test('DAY-3 a blank expiry marked long-term (长期) passes and is recorded as a pass', async () => {
    desk = await openCheckinDesk(tempDir(), new Date('2026-12-05T00:00:00Z'));
    const zw = await addCandidate(desk, { seat: 'B02' });
    const proctor = await desk.as('proctor1');
    const r = recorded(await desk.call<RecordIdCheckResult>('checkin.recordIdCheck', passingCheck(zw, { expiryDate: null, longTerm: true }), proctor));
    expect(r.record.outcome).toBe('allowed');
    expect(r.record.checks.expiry).toEqual({ date: null, result: 'pass' });
  });
});
