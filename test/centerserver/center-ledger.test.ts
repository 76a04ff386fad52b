import { describe, expect, test } from 'vitest';
import { listCenterAudit } from '../../electron/centerserver/center-audit-repo';
import { listConflicts, resolveConflict } from '../../electron/centerserver/conflicts-repo';
import { claimOnline, claimReplay, listCheckins, releaseClaim } from '../../electron/centerserver/ledger-repo';
import { claim, DIALECTS, ledgerInvariants, SLOW, useCenterLegs } from './center-legs';

const legs = useCenterLegs();
const at = '2026-11-30T09:00:00.000Z';

describe.each(DIALECTS)('the center ledger on %s (DAY-8 across desks, #19)', (dialect) => {
  test('DAY-8: claimOnline admits a new appointment, answers a retry of the same nonce as a repeat, and another nonce as taken by the first desk', { timeout: SLOW }, async () => {
    const db = await legs.open(dialect);
    const first = claim('A100', { desk: 'desk-a', operator: 'p1', deskAt: '2026-11-30T08:00:00.000Z' });
    expect(await claimOnline(db, first)).toEqual({ result: 'admitted', repeat: false });
    expect(await claimOnline(db, { ...first, receivedAt: '2026-11-30T08:00:09.000Z' })).toEqual({ result: 'admitted', repeat: true });
    expect(await claimOnline(db, claim('A100', { desk: 'desk-b', operator: 'p2' }))).toEqual({ result: 'taken', by: { desk: 'desk-a', operator: 'p1', deskAt: '2026-11-30T08:00:00.000Z', nonce: first.nonce } });
    expect(await listCheckins(db)).toEqual([expect.objectContaining({ admission_code: 'A100', nonce: first.nonce, desk: 'desk-a', offline: 0, forced: 0 })]);
    expect((await listCenterAudit(db)).map((e) => [e.seq, e.action, e.subject, e.desk])).toEqual([[1, 'ledger.claim', 'A100', 'desk-a']]);
    expect(await ledgerInvariants(db)).toEqual({ nonceTwice: [], chain: { ok: true, length: 1 } });
  });

  test('DAY-8: a replay of an admitted nonce is a repeat; replaying twice leaves one row; a second admission from another desk is kept as a conflict with both sides, never dropped', { timeout: SLOW }, async () => {
    const db = await legs.open(dialect);
    const online = claim('A200', { desk: 'desk-a', operator: 'p1' });
    await claimOnline(db, online);
    expect(await claimReplay(db, { ...online, offline: true })).toEqual({ result: 'admitted', repeat: true });

    const offline = claim('A201', { desk: 'desk-b', offline: true, forced: false });
    expect(await claimReplay(db, offline)).toEqual({ result: 'admitted', repeat: false });
    expect(await claimReplay(db, offline)).toEqual({ result: 'admitted', repeat: true });
    expect((await listCheckins(db)).filter((c) => c.admission_code === 'A201')).toEqual([expect.objectContaining({ nonce: offline.nonce, desk: 'desk-b', offline: 1 })]);

    const second = claim('A200', { desk: 'desk-b', operator: 'p2', offline: true, forced: true, overrideReason: 'leased to desk-a; candidate at desk-b' });
    const answer = await claimReplay(db, second);
    expect(answer).toEqual({ result: 'conflict', conflictId: expect.any(Number), repeat: false });
    const conflictId = (answer as { conflictId: number }).conflictId;
    expect(await claimReplay(db, second)).toEqual({ result: 'conflict', conflictId, repeat: true });
    // The nonce keeps its outcome whichever way it comes back.
    expect(await claimOnline(db, second)).toEqual({ result: 'conflict', conflictId, repeat: true });
    expect(await listConflicts(db, { open: true })).toEqual([
      {
        id: conflictId,
        admissionCode: 'A200',
        kept: { desk: 'desk-a', operator: 'p1', deskAt: online.deskAt, nonce: online.nonce, forced: false },
        second: { desk: 'desk-b', operator: 'p2', deskAt: second.deskAt, nonce: second.nonce, forced: true },
        receivedAt: second.receivedAt,
        resolvedAt: null,
        resolvedBy: null,
        resolution: null,
        note: null,
      },
    ]);
    expect(await listCheckins(db)).toHaveLength(2);
    expect((await listCenterAudit(db)).map((e) => e.action)).toEqual(['ledger.claim', 'ledger.claimReplayed', 'ledger.conflict']);
    expect(await ledgerInvariants(db)).toEqual({ nonceTwice: [], chain: { ok: true, length: 3 } });
  });

  test('releaseClaim takes back only the admission with the same nonce; the appointment is free again afterwards', { timeout: SLOW }, async () => {
    const db = await legs.open(dialect);
    const mine = claim('A300', { desk: 'desk-a' });
    await claimOnline(db, mine);
    expect(await releaseClaim(db, 'A300', 'some-other-nonce', 'desk-b', at)).toBe(false);
    expect(await listCheckins(db)).toHaveLength(1);
    expect(await releaseClaim(db, 'A300', mine.nonce, 'desk-a', at)).toBe(true);
    expect(await releaseClaim(db, 'A300', mine.nonce, 'desk-a', at)).toBe(false);
    expect(await listCheckins(db)).toEqual([]);
    expect(await claimOnline(db, claim('A300', { desk: 'desk-b' }))).toEqual({ result: 'admitted', repeat: false });
    expect((await listCenterAudit(db)).map((e) => [e.action, e.desk])).toEqual([
      ['ledger.claim', 'desk-a'],
      ['ledger.release', 'desk-a'],
      ['ledger.claim', 'desk-b'],
    ]);
    expect(await ledgerInvariants(db)).toEqual({ nonceTwice: [], chain: { ok: true, length: 3 } });
  });

  test('a nonce names one admission: the same nonce for another appointment is refused and changes nothing', { timeout: SLOW }, async () => {
    const db = await legs.open(dialect);
    const c = claim('A400');
    await claimOnline(db, c);
    await expect(claimOnline(db, { ...c, admissionCode: 'A401' })).rejects.toMatchObject({ code: 'CONFLICT', say: { key: 'centerServer.nonceReused' } });
    await expect(claimReplay(db, { ...c, admissionCode: 'A401' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await listCheckins(db)).map((r) => r.admission_code)).toEqual(['A400']);
  });

  test(
    'resolveConflict kept-first leaves the admission; kept-second makes the second admission the check-in and keeps the first as the conflict’s evidence; both audited, each decided once',
    { timeout: SLOW },
    async () => {
      const db = await legs.open(dialect);
      const a1 = claim('A500', { desk: 'desk-a', operator: 'p1' });
      const b1 = claim('A500', { desk: 'desk-b', operator: 'p2', offline: true, forced: true, overrideReason: 'override' });
      const a2 = claim('A501', { desk: 'desk-a', operator: 'p1', offline: true });
      const b2 = claim('A501', { desk: 'desk-b', operator: 'p2', offline: true, deskAt: '2026-11-30T07:59:00.000Z' });
      await claimOnline(db, a1);
      const c1 = (await claimReplay(db, b1)) as { conflictId: number };
      await claimReplay(db, a2);
      const c2 = (await claimReplay(db, b2)) as { conflictId: number };

      const first = await resolveConflict(db, { id: c1.conflictId, resolution: 'kept-first', note: 'desk-a admitted first', by: 'manager1', at });
      expect(first).toMatchObject({ resolution: 'kept-first', resolvedBy: 'manager1', resolvedAt: at, note: 'desk-a admitted first' });
      expect(await listCheckins(db)).toContainEqual(expect.objectContaining({ admission_code: 'A500', nonce: a1.nonce, desk: 'desk-a' }));

      const second = await resolveConflict(db, { id: c2.conflictId, resolution: 'kept-second', note: 'desk-b admitted earlier', by: 'manager1', at });
      expect(second).toMatchObject({ resolution: 'kept-second', kept: { nonce: a2.nonce, desk: 'desk-a' }, second: { nonce: b2.nonce, desk: 'desk-b' } });
      expect(await listCheckins(db)).toContainEqual(expect.objectContaining({ admission_code: 'A501', nonce: b2.nonce, desk: 'desk-b', operator: 'p2', desk_at: b2.deskAt, offline: 1 }));
      const row = await db.selectFrom('center_conflicts').select(['nonce', 'desk']).where('id', '=', c2.conflictId).executeTakeFirstOrThrow();
      expect(row).toEqual({ nonce: a2.nonce, desk: 'desk-a' });
      // Each nonce keeps an outcome that matches where it now is.
      expect(await claimReplay(db, b2)).toEqual({ result: 'admitted', repeat: true });
      expect(await claimReplay(db, a2)).toEqual({ result: 'conflict', conflictId: c2.conflictId, repeat: true });

      await expect(resolveConflict(db, { id: c2.conflictId, resolution: 'kept-first', note: 'again', by: 'manager2', at })).rejects.toMatchObject({
        code: 'CONFLICT',
        say: { key: 'centerServer.conflictResolved' },
      });
      await expect(resolveConflict(db, { id: 9999, resolution: 'kept-first', note: '', by: 'manager2', at })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await listConflicts(db, { open: true })).toEqual([]);
      expect(await listConflicts(db)).toHaveLength(2);
      const audit = await listCenterAudit(db);
      expect(audit.filter((e) => e.action === 'ledger.resolve').map((e) => [e.subject, JSON.parse(e.detail_json).resolution])).toEqual([
        ['A500', 'kept-first'],
        ['A501', 'kept-second'],
      ]);
      expect(await ledgerInvariants(db)).toEqual({ nonceTwice: [], chain: { ok: true, length: audit.length } });
    },
  );

  test('kept-second is refused when the first admission was taken back, and nothing changes', { timeout: SLOW }, async () => {
    const db = await legs.open(dialect);
    const a = claim('A600', { desk: 'desk-a' });
    await claimOnline(db, a);
    const c = (await claimReplay(db, claim('A600', { desk: 'desk-b', offline: true }))) as { conflictId: number };
    await releaseClaim(db, 'A600', a.nonce, 'desk-a', at);
    await expect(resolveConflict(db, { id: c.conflictId, resolution: 'kept-second', note: '', by: 'm', at })).rejects.toMatchObject({ code: 'REFUSED', say: { key: 'centerServer.nothingToSwap' } });
    expect(await listConflicts(db, { open: true })).toHaveLength(1);
    expect(await ledgerInvariants(db)).toEqual({ nonceTwice: [], chain: { ok: true, length: 3 } });
  });
});
