import { beforeAll, describe, expect, test } from 'vitest';
import { readDeskSnapshot, type DeskSnapshot } from '../../electron/centerlink/desk-snapshot';
import { listCenterAudit, verifyCenterChain } from '../../electron/centerserver/center-audit-repo';
import { purgeCenter } from '../../electron/centerserver/center-purge';
import { resolveConflict } from '../../electron/centerserver/conflicts-repo';
import { claimOnline, claimReplay, listCheckins } from '../../electron/centerserver/ledger-repo';
import { putSnapshot } from '../../electron/centerserver/snapshots-repo';
import { generateDemo } from '../../electron/demo/demo-day';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';
import { claim, DIALECTS, SLOW, useCenterLegs } from './center-legs';

const legs = useCenterLegs();
const deskDir = useTempDir('exam-desk-center-purge-');

// Retention 90 days on 2026-11-30: exams before 2026-09-01T00:00Z are past it.
const NOW = new Date('2026-11-30T09:00:00.000Z');
const OLD = '2026-08-05T00:40:00.000Z';
const NEW = '2026-11-30T00:40:00.000Z';

/** A desk file of a demo day on 2026-08-05 (every candidate's exam past retention) and one of its document numbers. */
let oldDay: { snap: DeskSnapshot; idNumber: string };

beforeAll(async () => {
  const d = await openTestDesk(deskDir(), new Date('2026-08-05T00:20:00Z'));
  await generateDemo(d.core.store, { date: '2026-08-05', hashKey: d.core.hashKey });
  const c = await d.core.store.db.selectFrom('candidates').select('id_number').where('id_number', 'is not', null).limit(1).executeTakeFirstOrThrow();
  const path = d.core.store.path;
  await d.close();
  oldDay = { snap: await readDeskSnapshot(path), idNumber: c.id_number! };
}, SLOW);

const holds = (bytes: Uint8Array, text: string) => Buffer.from(bytes).includes(Buffer.from(text));

describe.each(DIALECTS)('REP-3 purge at the center on %s (#19)', (dialect) => {
  test('REP-3: check-ins, resolved conflicts and snapshots past retention go in one audited transaction; open conflicts stay with the check-in they are about; the chain still verifies', { timeout: SLOW }, async () => {
    const db = await legs.open(dialect);
    // Exams past retention: two admissions, one resolved and one open conflict.
    await claimOnline(db, claim('OLD-1', { desk: 'desk-a', operator: 'Wang Fang', deskAt: OLD, receivedAt: OLD }));
    await claimOnline(db, claim('OLD-2', { desk: 'desk-a', operator: 'Wang Fang', deskAt: OLD, receivedAt: OLD }));
    await claimReplay(db, claim('OLD-1', { desk: 'desk-b', operator: 'Li Lei', deskAt: OLD, receivedAt: OLD, offline: true, forced: true, overrideReason: 'walked in late' }));
    await claimReplay(db, claim('OLD-2', { desk: 'desk-b', operator: 'Li Lei', deskAt: OLD, receivedAt: OLD, offline: true }));
    const [c1] = await db.selectFrom('center_conflicts').select('id').where('admission_code', '=', 'OLD-1').execute();
    await resolveConflict(db, { id: c1!.id, resolution: 'kept-first', note: 'desk-b admitted twice', by: 'manager1', at: '2026-08-05T02:00:00.000Z' });
    // Today's exams: kept, also their resolved conflict.
    await claimOnline(db, claim('NEW-1', { desk: 'desk-a', deskAt: NEW, receivedAt: NEW }));
    await claimReplay(db, claim('NEW-1', { desk: 'desk-b', deskAt: NEW, receivedAt: NEW, offline: true }));
    const [c3] = await db.selectFrom('center_conflicts').select('id').where('admission_code', '=', 'NEW-1').execute();
    await resolveConflict(db, { id: c3!.id, resolution: 'kept-first', note: 'n', by: 'manager1', at: NEW });
    // The old day's working copy, and a copy of the same file taken today (still holding the old day's numbers).
    const oldSnap = await putSnapshot(db, { takenAt: '2026-08-05T00:10:00.000Z', fromDesk: 'desk-a', bytes: oldDay.snap.bytes, hashKey: oldDay.snap.hashKey });
    const newSnap = await putSnapshot(db, { takenAt: '2026-11-30T00:10:00.000Z', fromDesk: 'desk-a', bytes: oldDay.snap.bytes, hashKey: oldDay.snap.hashKey });
    const before = (await listCenterAudit(db)).length;

    const dry = await purgeCenter(db, { now: NOW, days: 90, by: 'manager1', dryRun: true });
    expect(dry).toMatchObject({ cutoff: '2026-09-01T09:00:00.000Z', checkins: 1, conflicts: 1, openConflictsKept: 1, snapshotsRemoved: 1, snapshotsHolding: 1, dryRun: true });
    expect((await listCenterAudit(db)).length).toBe(before);
    expect((await listCheckins(db)).length).toBe(3);

    const r = await purgeCenter(db, { now: NOW, days: 90, by: 'manager1' });
    expect(r).toMatchObject({ checkins: 1, conflicts: 1, openConflictsKept: 1, snapshotsRemoved: 1, snapshotsRewritten: 1, snapshotsHolding: 1, dryRun: false });
    // OLD-2's admission stays while its conflict is open: the manager's decision needs it.
    expect((await listCheckins(db)).map((c) => c.admission_code)).toEqual(['NEW-1', 'OLD-2']);
    const conflicts = await db.selectFrom('center_conflicts').select(['admission_code', 'resolution']).orderBy('id').execute();
    expect(conflicts).toEqual([
      { admission_code: 'OLD-2', resolution: null },
      { admission_code: 'NEW-1', resolution: 'kept-first' },
    ]);
    const snaps = await db.selectFrom('center_snapshots').select(['id', 'bytes']).execute();
    expect(snaps.map((s) => s.id)).toEqual([newSnap]);
    expect(snaps.map((s) => s.id)).not.toContain(oldSnap);
    // The copy taken today no longer holds the old day's document numbers, and is still a desk file.
    expect(holds(oldDay.snap.bytes, oldDay.idNumber)).toBe(true);
    expect(holds(snaps[0]!.bytes, oldDay.idNumber)).toBe(false);
    expect(holds(snaps[0]!.bytes, 'SQLite format 3')).toBe(true);

    const chain = await listCenterAudit(db);
    expect(chain.length).toBe(before + 1);
    const entry = chain.at(-1)!;
    expect(entry).toMatchObject({ action: 'center.purge', subject: '2026-09-01T09:00:00.000Z' });
    expect(JSON.parse(entry.detail_json)).toMatchObject({ days: 90, checkins: 1, conflicts: 1, openConflictsKept: 1, snapshotsRemoved: 1, snapshotsRewritten: 1 });
    for (const secret of ['OLD-1', 'Wang Fang', 'Li Lei', 'walked in late', oldDay.idNumber]) expect(entry.detail_json).not.toContain(secret);
    expect(await verifyCenterChain(db)).toEqual({ ok: true, length: before + 1 });

    // A second purge finds nothing more (the open conflict waits for the manager).
    expect(await purgeCenter(db, { now: NOW, days: 90, by: 'manager1' })).toMatchObject({ checkins: 0, conflicts: 0, openConflictsKept: 1, snapshotsRemoved: 0, snapshotsRewritten: 0, snapshotsHolding: 0 });
    expect(await verifyCenterChain(db)).toEqual({ ok: true, length: before + 2 });
    // Once resolved, the conflict and its admission go at the next purge.
    const [c2] = await db.selectFrom('center_conflicts').select('id').where('admission_code', '=', 'OLD-2').execute();
    await resolveConflict(db, { id: c2!.id, resolution: 'kept-second', note: 'desk-b saw the ID', by: 'manager1', at: '2026-11-30T08:00:00.000Z' });
    expect(await purgeCenter(db, { now: NOW, days: 90, by: 'manager1' })).toMatchObject({ checkins: 1, conflicts: 1, openConflictsKept: 0 });
    expect((await listCheckins(db)).map((c) => c.admission_code)).toEqual(['NEW-1']);
    expect(await verifyCenterChain(db)).toEqual({ ok: true, length: before + 4 });
  });

  test('REP-3: within the retention period the center keeps everything', { timeout: SLOW }, async () => {
    const db = await legs.open(dialect);
    await claimOnline(db, claim('A1', { deskAt: NEW, receivedAt: NEW }));
    await putSnapshot(db, { takenAt: NEW, fromDesk: 'desk-a', bytes: oldDay.snap.bytes, hashKey: oldDay.snap.hashKey });
    const r = await purgeCenter(db, { now: new Date('2026-08-06T00:00:00.000Z'), days: 90, by: 'manager1' });
    expect(r).toMatchObject({ checkins: 0, conflicts: 0, snapshotsRemoved: 0, snapshotsRewritten: 0, snapshotsHolding: 0 });
    expect((await listCheckins(db)).length).toBe(1);
    const [s] = await db.selectFrom('center_snapshots').select('bytes').execute();
    expect(Buffer.from(s!.bytes).equals(Buffer.from(oldDay.snap.bytes))).toBe(true);
  });
});
