import { describe, expect, test } from 'vitest';
import { resolveConflict } from '../../electron/centerserver/conflicts-repo';
import { centerLedger, dayBounds } from '../../electron/centerserver/ledger-export-repo';
import { claimOnline, claimReplay } from '../../electron/centerserver/ledger-repo';
import { claim, DIALECTS, SLOW, useCenterLegs } from './center-legs';

const legs = useCenterLegs();

describe.each(DIALECTS)('the center ledger read for an export on %s (#19)', (dialect) => {
  test('gives every admission by desk time and every conflict with both sides and the decision; a local day in Asia/Shanghai keeps those whose desk time falls in it', { timeout: SLOW }, async () => {
    const db = await legs.open(dialect);
    // 2026-11-30 in Asia/Shanghai is 2026-11-29T16:00Z .. 2026-11-30T16:00Z.
    const early = claim('E001', { desk: 'desk-b', operator: 'p2', deskAt: '2026-11-29T16:00:00.000Z', receivedAt: '2026-11-29T16:00:01.000Z' });
    const late = claim('E002', { desk: 'desk-a', operator: 'p1', deskAt: '2026-11-30T15:59:59.999Z', receivedAt: '2026-11-30T15:59:59.999Z' });
    const before = claim('E000', { desk: 'desk-a', deskAt: '2026-11-29T15:59:59.999Z', receivedAt: '2026-11-29T16:00:00.500Z' });
    const after = claim('E003', { desk: 'desk-a', deskAt: '2026-11-30T16:00:00.000Z', receivedAt: '2026-11-30T16:00:00.000Z' });
    for (const c of [late, early, before, after]) await claimOnline(db, c);
    const forced = claim('E001', { desk: 'desk-a', operator: 'p1', deskAt: '2026-11-30T01:00:00.000Z', receivedAt: '2026-11-30T02:00:00.000Z', offline: true, forced: true, overrideReason: 'leased to desk-b' });
    const conflict = await claimReplay(db, forced);
    expect(conflict.result).toBe('conflict');
    const outside = claim('E003', { desk: 'desk-b', deskAt: '2026-11-30T17:00:00.000Z', receivedAt: '2026-11-30T17:01:00.000Z', offline: true });
    await claimReplay(db, outside);
    const id = (conflict as { conflictId: number }).conflictId;
    await resolveConflict(db, { id, resolution: 'kept-second', note: 'desk-a saw the ID', by: 'manager1', at: '2026-11-30T03:00:00.000Z' });

    const all = await centerLedger(db);
    expect(all.admissions.map((a) => a.admissionCode)).toEqual(['E000', 'E001', 'E002', 'E003']);
    // kept-second: the center's admission of E001 is now desk-a's forced one.
    expect(all.admissions[1]).toEqual({
      admissionCode: 'E001',
      nonce: forced.nonce,
      desk: 'desk-a',
      operator: 'p1',
      deskAt: forced.deskAt,
      receivedAt: forced.receivedAt,
      offline: true,
      forced: true,
      overrideReason: 'leased to desk-b',
    });
    expect(all.conflicts).toHaveLength(2);
    expect(all.conflicts[0]).toEqual({
      id,
      admissionCode: 'E001',
      receivedAt: forced.receivedAt,
      kept: { nonce: early.nonce, desk: 'desk-b', operator: 'p2', deskAt: early.deskAt, receivedAt: early.receivedAt, offline: false, forced: false, overrideReason: null },
      second: { nonce: forced.nonce, desk: 'desk-a', operator: 'p1', deskAt: forced.deskAt, receivedAt: forced.receivedAt, offline: true, forced: true, overrideReason: 'leased to desk-b' },
      resolution: 'kept-second',
      resolvedAt: '2026-11-30T03:00:00.000Z',
      resolvedBy: 'manager1',
      note: 'desk-a saw the ID',
    });
    expect(all.conflicts[1]).toMatchObject({ admissionCode: 'E003', resolution: null, resolvedBy: null, second: { nonce: outside.nonce, desk: 'desk-b' } });

    const day = await centerLedger(db, { day: { date: '2026-11-30', zone: 'Asia/Shanghai' } });
    expect(day.admissions.map((a) => [a.admissionCode, a.deskAt])).toEqual([
      ['E001', forced.deskAt],
      ['E002', late.deskAt],
    ]);
    // E003's conflict: its first admission is at 00:00 of the next day, its second at 01:00; neither is on the 30th.
    expect(day.conflicts.map((c) => c.id)).toEqual([id]);
    const next = await centerLedger(db, { day: { date: '2026-12-01', zone: 'Asia/Shanghai' } });
    expect(next.admissions.map((a) => a.admissionCode)).toEqual(['E003']);
    expect(next.conflicts.map((c) => c.admissionCode)).toEqual(['E003']);
    // The same instants, another zone: UTC's 30th starts 8 hours later.
    const utc = await centerLedger(db, { day: { date: '2026-11-30', zone: 'UTC' } });
    expect(utc.admissions.map((a) => a.admissionCode)).toEqual(['E001', 'E002', 'E003']);
    expect((await centerLedger(db, { day: { date: '2026-12-02', zone: 'Asia/Shanghai' } })).admissions).toEqual([]);
  });
});

test('a local day is the UTC range from its midnight to the next, in the zone', () => {
  expect(dayBounds('2026-11-30', 'Asia/Shanghai')).toEqual({ from: '2026-11-29T16:00:00.000Z', to: '2026-11-30T16:00:00.000Z' });
  // A day with a DST change is 23 hours long.
  expect(dayBounds('2026-03-08', 'America/New_York')).toEqual({ from: '2026-03-08T05:00:00.000Z', to: '2026-03-09T04:00:00.000Z' });
});
