import { randomUUID } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import type { CenterConflictView, CenterLinkState } from '../../../shared/centerlink/contract';
import { listConflicts } from '../../../electron/centerserver/conflicts-repo';
import { checkinOf } from '../../../electron/centerserver/ledger-repo';
import { admitVia, centerChannel, checkIdentity, dayCandidates, sameCandidate, useCenterScenario, valueOf, waitFor, type DayCandidate, type ScenarioDesk } from './desks';
import { expectSettled } from './settled';

const scenario = useCenterScenario();
const NINE = '2026-12-05T01:00:00.000Z';

async function morningCandidate(d: ScenarioDesk, room: string): Promise<DayCandidate> {
  for (const c of await dayCandidates(d)) {
    if (c.roomCode === room && c.startsAt === NINE && (await checkIdentity(d, c))) return c;
  }
  throw new Error(`no checkable candidate in room ${room} at 09:00`);
}

describe('#19 scenarios: desks offline', () => {
  test('a desk cut off (black hole) admits a leased candidate offline, then replays twice and its loop replays too: one row at the center', async () => {
    const center = await scenario();
    const north = await center.join('north', { probeMs: 200 });
    const c = await morningCandidate(north, 'A');
    await center.lease('A', NINE, 'north');

    north.proxy.setMode('blackhole');
    const nonce = randomUUID();
    expect(valueOf(north, await admitVia(north, c, { nonce }))).toMatchObject({ status: 'admitted' });
    expect(await north.link.status()).toMatchObject({ online: false, outboxDepth: 1 });
    expect(await checkinOf(center.admin, c.admissionCode)).toBeUndefined();

    north.proxy.setMode('pass');
    // The proctor's "replay now" twice while the link's own loop replays as well.
    await Promise.all([north.link.replayNow(), north.link.replayNow()]);
    await waitFor(async () => {
      const s = await north.link.status();
      return s.online && s.outboxDepth === 0;
    });
    // Replaying twice: the desk forgets it sent the row (as if it died before marking it) and sends it again.
    await north.desk.core.store.db.updateTable('center_outbox').set({ sent_at: null, answer: null }).execute();
    expect(await north.link.replayNow()).toEqual({ sent: 1, conflicts: 0 });
    const row = await north.desk.core.store.db.selectFrom('center_outbox').select('answer').executeTakeFirstOrThrow();
    expect(JSON.parse(row.answer!)).toEqual({ result: 'admitted', repeat: true });

    expect(await center.admin.selectFrom('center_checkins').select(['admission_code', 'nonce', 'desk', 'offline', 'forced']).execute()).toEqual([
      { admission_code: c.admissionCode, nonce, desk: 'north', offline: 1, forced: 0 },
    ]);
    expect(await expectSettled(center)).toEqual({ admissions: 1, conflicts: 0 });
  });

  test('DAY-8 both desks offline admit the same candidate, one by lease and one by a manager override: after both replay, one admission plus one conflict, listed for the manager and resolved', async () => {
    const center = await scenario();
    const north = await center.join('north');
    const south = await center.join('south');
    const cn = await morningCandidate(north, 'A');
    const cs = await sameCandidate(south, cn);
    expect(await checkIdentity(south, cs)).toBe(true);
    await center.lease('A', NINE, 'north');

    north.proxy.setMode('blackhole');
    south.proxy.setMode('blackhole');
    const byLease = randomUUID();
    expect(valueOf(north, await admitVia(north, cn, { nonce: byLease }))).toMatchObject({ status: 'admitted' });
    // South is not leased the session: the proctor is refused in words, the manager overrides with a reason.
    expect(await admitVia(south, cs)).toMatchObject({ ok: false, error: { code: 'REFUSED', say: { key: 'checkin.offlineLeasedElsewhere', params: { desk: 'north' } } } });
    const byOverride = randomUUID();
    const reason = 'north desk queue too long, candidate waiting';
    expect(valueOf(south, await admitVia(south, cs, { nonce: byOverride, who: 'manager', overrideReason: reason }))).toMatchObject({ status: 'admitted', by: '王经理' });

    north.proxy.setMode('pass');
    south.proxy.setMode('pass');
    expect(await north.link.replayNow()).toEqual({ sent: 1, conflicts: 0 });
    expect(await south.link.replayNow()).toEqual({ sent: 1, conflicts: 1 });
    expect(await south.link.replayNow()).toEqual({ sent: 0, conflicts: 0 });

    expect(await checkinOf(center.admin, cn.admissionCode)).toMatchObject({ nonce: byLease, desk: 'north', offline: 1, forced: 0 });
    const open = await listConflicts(center.admin, { open: true });
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({
      admissionCode: cn.admissionCode,
      kept: { desk: 'north', nonce: byLease, forced: false },
      second: { desk: 'south', nonce: byOverride, forced: true, operator: '王经理' },
      resolution: null,
    });
    for (const d of [north, south]) expect(await d.link.status()).toMatchObject({ online: true, outboxDepth: 0, openConflicts: 1 });
    expect(await expectSettled(center)).toEqual({ admissions: 1, conflicts: 1 });

    // The manager's blocking alert at either desk: the open conflict through the renderer's channels, with the candidate's name.
    expect(await centerChannel(north, 'centerlink.status', {}, 'proctor1')).toMatchObject({ ok: true, value: { joined: true, openConflicts: 1 } });
    expect(await centerChannel(south, 'centerlink.conflicts', { open: true }, 'proctor1')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const listed = await centerChannel<CenterConflictView[]>(south, 'centerlink.conflicts', { open: true });
    expect(listed).toMatchObject({ ok: true, value: [{ id: open[0]!.id, admissionCode: cn.admissionCode, candidateName: cn.name, kept: { desk: 'north' }, second: { desk: 'south', forced: true } }] });
    const resolved = await centerChannel<CenterConflictView>(south, 'centerlink.resolveConflict', { id: open[0]!.id, resolution: 'kept-second', note: 'the candidate sat in room A at the south desk' });
    expect(resolved).toMatchObject({ ok: true, value: { resolution: 'kept-second', resolvedBy: 'manager@south' } });
    expect(await checkinOf(center.admin, cn.admissionCode)).toMatchObject({ nonce: byOverride, desk: 'south', forced: 1 });
    expect(await listConflicts(center.admin, { open: true })).toEqual([]);
    expect(await centerChannel<CenterLinkState>(north, 'centerlink.status', {}, 'proctor1')).toMatchObject({ ok: true, value: { openConflicts: 0 } });
    for (const d of [north, south]) expect((await d.link.status()).openConflicts).toBe(0);
    expect(await expectSettled(center)).toEqual({ admissions: 1, conflicts: 1 });
  });
});
