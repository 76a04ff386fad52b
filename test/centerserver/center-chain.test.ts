import { describe, expect, test } from 'vitest';
import { listCenterAudit, verifyCenterChain } from '../../electron/centerserver/center-audit-repo';
import { centerStatus } from '../../electron/centerserver/center-status';
import { resolveConflict } from '../../electron/centerserver/conflicts-repo';
import { listDesks, touchDesk } from '../../electron/centerserver/desks-repo';
import { assignLease, listLeases } from '../../electron/centerserver/leases-repo';
import { claimOnline, claimReplay, releaseClaim } from '../../electron/centerserver/ledger-repo';
import { latestSnapshot, putSnapshot } from '../../electron/centerserver/snapshots-repo';
import { sessionKey } from '../../electron/centerserver/session-key';
import { claim, DIALECTS, SLOW, useCenterLegs } from './center-legs';

const legs = useCenterLegs();
const t = (m: number) => `2026-11-30T08:${String(m).padStart(2, '0')}:00.000Z`;
const S1 = sessionKey('R101', '2026-11-30T01:00:00.000Z');
const S2 = sessionKey('R102', '2026-11-30T01:00:00.000Z');

describe.each(DIALECTS)('the center audit chain on %s (#19)', (dialect) => {
  test('verifies after every kind of write, with the entries in arrival order and their desk times', { timeout: SLOW }, async () => {
    const db = await legs.open(dialect);
    expect(await verifyCenterChain(db)).toEqual({ ok: true, length: 0 });
    const writes: [string, () => Promise<unknown>][] = [
      ['desk.joined', () => touchDesk(db, 'desk-a', t(1))],
      ['lease.assign', () => assignLease(db, { sessionKey: S1, desk: 'desk-a', by: 'manager1', at: t(2) })],
      ['ledger.claim', () => claimOnline(db, claim('A1', { desk: 'desk-a', nonce: 'a1', receivedAt: t(3) }))],
      ['ledger.claimReplayed', () => claimReplay(db, claim('A2', { desk: 'desk-b', nonce: 'b2', offline: true, deskAt: t(0), receivedAt: t(4) }))],
      ['ledger.conflict', () => claimReplay(db, claim('A1', { desk: 'desk-b', nonce: 'b1', offline: true, receivedAt: t(5) }))],
      ['ledger.resolve', async () => resolveConflict(db, { id: (await db.selectFrom('center_conflicts').select('id').executeTakeFirstOrThrow()).id, resolution: 'kept-second', note: 'n', by: 'm', at: t(6) })],
      ['ledger.release', () => releaseClaim(db, 'A2', 'b2', 'desk-b', t(7))],
      ['lease.unassign', () => assignLease(db, { sessionKey: S1, desk: null, by: 'manager1', at: t(8) })],
      ['snapshot.put', () => putSnapshot(db, { takenAt: t(9), fromDesk: 'desk-a', bytes: new Uint8Array([1, 2, 3]), hashKey: 'k' })],
    ];
    for (const [action, write] of writes) {
      await write();
      const chain = await listCenterAudit(db);
      expect(chain.at(-1)?.action, action).toBe(action);
      expect(await verifyCenterChain(db), action).toEqual({ ok: true, length: chain.length });
    }
    const chain = await listCenterAudit(db);
    expect(chain.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(chain[3]).toMatchObject({ desk: 'desk-b', desk_at: t(0), received_at: t(4) });
    expect(chain[0]!.prev_hash).toBe('0'.repeat(64));
    expect(chain.slice(1).map((e) => e.prev_hash)).toEqual(chain.slice(0, -1).map((e) => e.hash));
    expect(await db.selectFrom('center_chain_head').select(['seq', 'hash']).executeTakeFirst()).toEqual({ seq: 9, hash: chain[8]!.hash });
  });

  test('detects a tampered entry at its seq, and a lost last entry', { timeout: SLOW }, async () => {
    const db = await legs.open(dialect);
    for (const code of ['A1', 'A2', 'A3']) await claimOnline(db, claim(code, { operator: 'p1' }));
    expect(await verifyCenterChain(db)).toEqual({ ok: true, length: 3 });
    const detail = (await db.selectFrom('center_audit').select('detail_json').where('seq', '=', 2).executeTakeFirstOrThrow()).detail_json;
    await db
      .updateTable('center_audit')
      .set({ detail_json: detail.replace('p1', 'p9') })
      .where('seq', '=', 2)
      .execute();
    expect(await verifyCenterChain(db)).toEqual({ ok: false, brokenAt: 2 });
    await db.updateTable('center_audit').set({ detail_json: detail }).where('seq', '=', 2).execute();
    expect(await verifyCenterChain(db)).toEqual({ ok: true, length: 3 });
    await db.updateTable('center_audit').set({ desk: 'desk-x' }).where('seq', '=', 1).execute();
    expect(await verifyCenterChain(db)).toEqual({ ok: false, brokenAt: 1 });
    await db.updateTable('center_audit').set({ desk: 'desk-a' }).where('seq', '=', 1).execute();
    await db.deleteFrom('center_audit').where('seq', '=', 3).execute();
    expect(await verifyCenterChain(db)).toEqual({ ok: false, brokenAt: 3 });
  });
});

describe.each(DIALECTS)('leases, desks, snapshots and the status on %s (#19)', (dialect) => {
  test('a lease is assigned, moved to another desk and taken back; taking back a lease nobody holds writes nothing', { timeout: SLOW }, async () => {
    const db = await legs.open(dialect);
    await assignLease(db, { sessionKey: S2, desk: 'desk-b', by: 'manager1', at: t(1) });
    await assignLease(db, { sessionKey: S1, desk: 'desk-a', by: 'manager1', at: t(2) });
    expect(await listLeases(db)).toEqual([
      { sessionKey: S1, desk: 'desk-a' },
      { sessionKey: S2, desk: 'desk-b' },
    ]);
    await assignLease(db, { sessionKey: S1, desk: 'desk-b', by: 'manager2', at: t(3) });
    expect(await db.selectFrom('center_leases').selectAll().where('session_key', '=', S1).execute()).toEqual([{ session_key: S1, desk: 'desk-b', assigned_by: 'manager2', assigned_at: t(3) }]);
    await assignLease(db, { sessionKey: S1, desk: null, by: 'manager1', at: t(4) });
    await assignLease(db, { sessionKey: S1, desk: null, by: 'manager1', at: t(5) });
    expect(await listLeases(db)).toEqual([{ sessionKey: S2, desk: 'desk-b' }]);
    const audit = await listCenterAudit(db);
    expect(audit.map((e) => [e.action, e.subject, JSON.parse(e.detail_json)])).toEqual([
      ['lease.assign', S2, { to: 'desk-b', from: null, by: 'manager1' }],
      ['lease.assign', S1, { to: 'desk-a', from: null, by: 'manager1' }],
      ['lease.assign', S1, { to: 'desk-b', from: 'desk-a', by: 'manager2' }],
      ['lease.unassign', S1, { from: 'desk-b', by: 'manager1' }],
    ]);
    expect(await verifyCenterChain(db)).toEqual({ ok: true, length: 4 });
  });

  test('a desk joins once and its last contact moves forward only', { timeout: SLOW }, async () => {
    const db = await legs.open(dialect);
    await touchDesk(db, 'desk-b', t(1));
    await touchDesk(db, 'desk-a', t(2));
    await touchDesk(db, 'desk-b', t(5));
    await touchDesk(db, 'desk-b', t(4));
    expect(await listDesks(db)).toEqual([
      { name: 'desk-a', joinedAt: t(2), lastContactAt: t(2) },
      { name: 'desk-b', joinedAt: t(1), lastContactAt: t(5) },
    ]);
    expect((await listCenterAudit(db)).map((e) => [e.action, e.subject])).toEqual([
      ['desk.joined', 'desk-b'],
      ['desk.joined', 'desk-a'],
    ]);
    // Inside a caller's transaction too.
    await db.transaction().execute((trx) => touchDesk(trx, 'desk-c', t(6)));
    expect((await listDesks(db)).map((d) => d.name)).toEqual(['desk-a', 'desk-b', 'desk-c']);
  });

  test('a snapshot round-trips its bytes exactly; the latest is the newest', { timeout: SLOW }, async () => {
    const db = await legs.open(dialect);
    expect(await latestSnapshot(db)).toBeUndefined();
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 31 + 7) % 256);
    await putSnapshot(db, { takenAt: t(1), fromDesk: 'desk-a', bytes: new Uint8Array([0, 255, 0]), hashKey: 'key-1' });
    const id = await putSnapshot(db, { takenAt: t(2), fromDesk: 'desk-b', bytes: bytes.subarray(5), hashKey: 'key-2' });
    const latest = await latestSnapshot(db);
    expect(latest).toMatchObject({ id, takenAt: t(2), fromDesk: 'desk-b', hashKey: 'key-2' });
    expect(latest!.bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(latest!.bytes).equals(Buffer.from(bytes.subarray(5)))).toBe(true);
    const audit = await listCenterAudit(db);
    expect(audit.map((e) => e.detail_json).join()).not.toContain('key-2');
  });

  test('centerStatus counts desks, leases, open conflicts and admissions, and reports a broken chain', { timeout: SLOW }, async () => {
    const db = await legs.open(dialect);
    await touchDesk(db, 'desk-a', t(1));
    await assignLease(db, { sessionKey: S1, desk: 'desk-a', by: 'm', at: t(2) });
    await claimOnline(db, claim('A1'));
    await claimReplay(db, claim('A1', { desk: 'desk-b', offline: true }));
    expect(await centerStatus(db)).toEqual({
      desks: [{ name: 'desk-a', joinedAt: t(1), lastContactAt: t(1) }],
      leases: [{ sessionKey: S1, desk: 'desk-a' }],
      openConflicts: 1,
      checkins: 1,
      chain: { ok: true, length: 4 },
    });
    await db.updateTable('center_audit').set({ subject: 'A2' }).where('seq', '=', 3).execute();
    expect((await centerStatus(db)).chain).toEqual({ ok: false, length: 0, brokenAt: 3 });
  });
});
