import { describe, expect, test } from 'vitest';
import { assignLease } from '../../electron/centerserver/leases-repo';
import { listConflicts, resolveConflict } from '../../electron/centerserver/conflicts-repo';
import { checkinChangesAfter, checkinsOf, claimOnline, claimReplay, releaseClaim } from '../../electron/centerserver/ledger-repo';
import { claim, DIALECTS, SLOW, useCenterLegs } from './center-legs';

const legs = useCenterLegs();
const at = '2026-11-30T09:00:00.000Z';

describe.each(DIALECTS)('what changed at the center since a desk last mirrored, on %s (#19)', (dialect) => {
  test('the audit seq is the cursor: claims, replays, releases and resolutions name their appointment once per page; a lease does not; the cursor ends at the head', { timeout: SLOW }, async () => {
    const db = await legs.open(dialect);
    expect(await checkinChangesAfter(db, 0)).toEqual({ codes: [], upTo: 0, more: false, restarted: false });
    const a = claim('C1', { desk: 'desk-a' });
    await claimOnline(db, a);
    await claimOnline(db, claim('C2', { desk: 'desk-a' }));
    const first = await checkinChangesAfter(db, 0);
    expect(first).toEqual({ codes: ['C1', 'C2'], upTo: 2, more: false, restarted: false });
    // Nothing new: nothing to fetch; a lease moves the head but names no admission.
    expect(await checkinChangesAfter(db, first.upTo)).toEqual({ codes: [], upTo: 2, more: false, restarted: false });
    await assignLease(db, { sessionKey: 'A@2026-11-30T01:00:00.000Z', desk: 'desk-b', by: 'manager', at });
    const afterLease = await checkinChangesAfter(db, first.upTo);
    expect(afterLease).toEqual({ codes: [], upTo: 3, more: false, restarted: false });
    // A release, a replay kept as a conflict (no change to the admission), its kept-second resolution.
    await releaseClaim(db, 'C2', (await checkinsOf(db, ['C2'])).get('C2')!.nonce, 'desk-a', at);
    await claimReplay(db, claim('C1', { desk: 'desk-b', offline: true }));
    const [conflict] = await listConflicts(db, { open: true });
    await resolveConflict(db, { id: conflict!.id, resolution: 'kept-second', note: 'n', by: 'manager', at });
    const later = await checkinChangesAfter(db, afterLease.upTo);
    expect(later.codes.sort()).toEqual(['C1', 'C2']);
    expect(later.upTo).toBe(6);
    const now = await checkinsOf(db, ['C1', 'C2']);
    expect([...now.keys()]).toEqual(['C1']);
    expect(now.get('C1')).toMatchObject({ desk: 'desk-b' });
    // Pages: a full page says more and ends at its last seq; the next page goes on from there.
    const page = await checkinChangesAfter(db, 0, 2);
    expect(page).toEqual({ codes: ['C1', 'C2'], upTo: 2, more: true, restarted: false });
    expect((await checkinChangesAfter(db, page.upTo, 2)).codes.sort()).toEqual(['C1', 'C2']);
    // A cursor past the head (a center restored from an older backup) starts again from the beginning.
    expect(await checkinChangesAfter(db, 99)).toMatchObject({ upTo: 6, restarted: true, more: false });
    expect((await checkinChangesAfter(db, 99)).codes.sort()).toEqual(['C1', 'C2']);
    expect(a.nonce).not.toBe(now.get('C1')!.nonce);
  });
});
