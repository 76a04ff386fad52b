import { randomUUID } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import type { ScanResult } from '../../../shared/checkin/types';
import { todayContract } from '../../../shared/today/contract';
import type { TodayOverview, TodayPictures } from '../../../shared/today/contract';
import { checkinOf } from '../../../electron/centerserver/ledger-repo';
import { listConflicts, resolveConflict } from '../../../electron/centerserver/conflicts-repo';
import { Registry } from '../../../electron/core/registry';
import { loadPaperDay } from '../../../electron/rosters/day-data';
import { isAdmitted } from '../../../electron/scores/admitted';
import { todayHandlers } from '../../../electron/today/handlers';
import { admitVia, checkIdentity, dayCandidates, sameCandidate, useCenterScenario, valueOf, type DayCandidate, type ScenarioDesk } from './desks';
import { expectSettled } from './settled';

const scenario = useCenterScenario();
const NINE = '2026-12-05T01:00:00.000Z';
const DAY = '2026-12-05';

/** Candidates of room A at 09:00 whose identity check passes at this desk. */
async function checkable(d: ScenarioDesk, n: number): Promise<DayCandidate[]> {
  const found: DayCandidate[] = [];
  for (const c of await dayCandidates(d)) {
    if (found.length === n) break;
    if (c.roomCode === 'A' && c.startsAt === NINE && (await checkIdentity(d, c))) found.push(c);
  }
  if (found.length < n) throw new Error(`only ${found.length} checkable candidates in room A at 09:00`);
  return found;
}

/** Today's screen at this desk, through the real handlers: check-ins of the day and the arrivals picture. */
async function today(d: ScenarioDesk): Promise<{ checkedIn: number; arrivals: number }> {
  const registry = new Registry(todayContract, d.desk.core, () => {});
  registry.registerAll(todayHandlers);
  const caller = await d.desk.as('manager');
  const overview = await registry.invoke('today.overview', { date: DAY }, caller);
  const pictures = await registry.invoke('today.pictures', { date: DAY }, caller);
  if (!overview.ok || !pictures.ok) throw new Error('today refused');
  const o = overview.value as TodayOverview;
  const p = pictures.value as TodayPictures;
  return { checkedIn: o.sessions.reduce((n, s) => n + s.checkedIn, 0), arrivals: p.arrivals.reduce((n, a) => n + a.admitted, 0) };
}

/** The door list and sign-in sheet's candidates with an arrival time, by booking id (the printed day). */
async function arrivedOnPaper(d: ScenarioDesk): Promise<string[]> {
  const day = await loadPaperDay(d.desk.core.store.db, DAY);
  return day.sessions
    .flatMap((s) => s.candidates)
    .filter((c) => c.admittedAt !== null)
    .map((c) => c.bookingId)
    .sort();
}

describe('#19 every desk learns the admissions made at the other desks (DAY-8 across desks)', () => {
  test("after desk south's next sync its copy holds north's 3 admissions: Today's counts, the arrivals, the door list, scores-only-for-admitted and the scan verdict (naming north) include them; cut off, south refuses north's candidate locally and queues nothing", async () => {
    const center = await scenario();
    const north = await center.join('north');
    const south = await center.join('south');
    const admitted = await checkable(north, 3);
    for (const c of admitted) expect(valueOf(north, await admitVia(north, c))).toMatchObject({ status: 'admitted' });
    const before = await today(south);
    const paperBefore = await arrivedOnPaper(south);
    const first = await sameCandidate(south, admitted[0]!);
    // #18.5 scores only for admitted candidates: south did not know of north's admission yet.
    expect(await isAdmitted(south.desk.core.store.db, first.appointmentId)).toBe(false);

    await south.link.replayNow();
    expect(south.link.lastMirror).toMatchObject({ mirrored: 3, skipped: 0 });
    const after = await today(south);
    expect(after.checkedIn - before.checkedIn).toBe(3);
    expect(after.arrivals - before.arrivals).toBe(3);
    expect(await arrivedOnPaper(south)).toEqual(await arrivedOnPaper(north));
    expect((await arrivedOnPaper(south)).length - paperBefore.length).toBe(3);
    const mirroredAudit = await south.desk.core.store.db.selectFrom('audit_log').select('detail_json').where('action', '=', 'checkin.mirrored').execute();
    expect(mirroredAudit.map((r) => JSON.parse(r.detail_json).admissionCode).sort()).toEqual(admitted.map((c) => c.admissionCode).sort());
    // The next sync fetches only what is new: nothing.
    await south.link.replayNow();
    expect(south.link.lastMirror).toMatchObject({ mirrored: 0, followed: 0, removed: 0 });

    expect(await isAdmitted(south.desk.core.store.db, first.appointmentId)).toBe(true);
    const scan = await south.desk.call<ScanResult>('checkin.scan', { query: first.admissionCode }, await south.desk.as('proctor1'));
    const northProctor = (await checkinOf(center.admin, first.admissionCode))!.operator;
    expect(scan.view?.facts.checkIn).toMatchObject({ desk: 'north', by: northProctor });
    expect(scan.view?.canAdmit).toBe(false);

    // Cut off, with the session leased to south (so south alone would admit it offline): refused from the copy.
    await center.lease('A', NINE, 'south');
    south.proxy.setMode('blackhole');
    await south.link.replayNow().catch(() => {});
    expect(await south.link.status()).toMatchObject({ online: false });
    const second = await sameCandidate(south, admitted[1]!);
    expect(valueOf(south, await admitVia(south, second))).toMatchObject({ status: 'already-admitted', desk: 'north', by: northProctor });
    expect(await south.link.status()).toMatchObject({ online: false, outboxDepth: 0 });

    south.proxy.setMode('pass');
    await south.link.replayNow();
    expect(await listConflicts(center.admin)).toEqual([]);
    expect(await expectSettled(center)).toEqual({ admissions: 3, conflicts: 0 });
  });

  test("a conflict resolved kept-second: a third desk's mirror follows the center to the second admission; the first desk's own admission is not overwritten", async () => {
    const center = await scenario();
    const north = await center.join('north');
    const south = await center.join('south');
    const west = await center.join('west');
    const [cn] = await checkable(north, 1);
    const cs = await sameCandidate(south, cn!);
    expect(await checkIdentity(south, cs)).toBe(true);
    await center.lease('A', NINE, 'north');

    north.proxy.setMode('blackhole');
    await north.link.replayNow().catch(() => {});
    expect(valueOf(north, await admitVia(north, cn!))).toMatchObject({ status: 'admitted' });
    expect(valueOf(south, await admitVia(south, cs))).toMatchObject({ status: 'admitted' });
    await west.link.replayNow();
    expect(west.link.lastMirror).toMatchObject({ mirrored: 1 });
    const westRow = () =>
      west.desk.core.store.db
        .selectFrom('check_ins as ci')
        .innerJoin('appointments as a', 'a.id', 'ci.appointment_id')
        .select(['ci.desk', 'ci.operator_id', 'ci.center_nonce'])
        .where('a.admission_code', '=', cn!.admissionCode)
        .execute();
    expect(await westRow()).toEqual([expect.objectContaining({ desk: 'south', operator_id: null })]);

    north.proxy.setMode('pass');
    expect(await north.link.replayNow()).toEqual({ sent: 1, conflicts: 1 });
    const [conflict] = await listConflicts(center.admin, { open: true });
    await resolveConflict(center.admin, { id: conflict!.id, resolution: 'kept-second', note: 'north admitted first by its clock', by: 'manager', at: '2026-12-05T01:30:00.000Z' });
    const now = (await checkinOf(center.admin, cn!.admissionCode))!;
    expect(now.desk).toBe('north');

    await west.link.replayNow();
    expect(west.link.lastMirror).toMatchObject({ followed: 1 });
    expect(await westRow()).toEqual([{ desk: 'north', operator_id: null, center_nonce: now.nonce }]);
    // south's own admission (now the displaced one at the center) stays in its file as south wrote it.
    await south.link.replayNow();
    expect(south.link.lastMirror).toMatchObject({ own: 1, followed: 0 });
    const southRow = await south.desk.core.store.db.selectFrom('check_ins').select(['desk', 'operator_id', 'mirrored_at']).where('appointment_id', '=', cs.appointmentId).executeTakeFirstOrThrow();
    expect(southRow.mirrored_at).toBeNull();
    expect(southRow.operator_id).not.toBeNull();
    expect(await expectSettled(center)).toEqual({ admissions: 1, conflicts: 1 });
  });

  test('a stale claim: the local write after a claim fails while the center stops answering, so the release waits in the outbox and is sent when the center answers again; a desk that mirrored the stale claim drops it (checkin.unmirrored)', async () => {
    const center = await scenario();
    const north = await center.join('north');
    const south = await center.join('south');
    const [c] = await checkable(north, 1);
    // The local insert, after the center took the claim: the wire goes dead and the write fails.
    north.desk.core.store.sqlite.function('test_cut_wire', () => {
      north.proxy.setMode('blackhole');
      return 0;
    });
    north.desk.core.store.sqlite.exec(`CREATE TEMP TRIGGER test_fail BEFORE INSERT ON check_ins BEGIN SELECT test_cut_wire(); SELECT RAISE(ABORT, 'disk trouble (test)'); END`);
    const nonce = randomUUID();
    expect((await admitVia(north, c!, { nonce })).ok).toBe(false);
    north.desk.core.store.sqlite.exec('DROP TRIGGER test_fail');
    // The center still holds the claim this desk never wrote; the release is queued, durably.
    expect(await checkinOf(center.admin, c!.admissionCode)).toMatchObject({ nonce, desk: 'north' });
    expect(await north.link.status()).toMatchObject({ online: false, outboxDepth: 1 });
    const queued = await north.desk.core.store.db.selectFrom('center_outbox').select(['nonce', 'admission_code', 'payload_json']).executeTakeFirstOrThrow();
    expect(queued).toMatchObject({ nonce: `release:${nonce}`, admission_code: c!.admissionCode });
    expect(JSON.parse(queued.payload_json)).toMatchObject({ kind: 'release', nonce, desk: 'north' });

    // Meanwhile south mirrors the admission the center holds: the candidate looks admitted at north there.
    const cs = await sameCandidate(south, c!);
    await south.link.replayNow();
    expect(south.link.lastMirror).toMatchObject({ mirrored: 1 });
    expect(await south.desk.core.store.db.selectFrom('check_ins').select('desk').where('appointment_id', '=', cs.appointmentId).execute()).toEqual([{ desk: 'north' }]);

    north.proxy.setMode('pass');
    expect(await north.link.replayNow()).toEqual({ sent: 1, conflicts: 0 });
    expect(await checkinOf(center.admin, c!.admissionCode)).toBeUndefined();
    // south's next sync drops the admission the center no longer holds, audited.
    await south.link.replayNow();
    expect(south.link.lastMirror).toMatchObject({ removed: 1 });
    expect(await south.desk.core.store.db.selectFrom('check_ins').select('id').where('appointment_id', '=', cs.appointmentId).execute()).toEqual([]);
    const unmirrored = await south.desk.core.store.db.selectFrom('audit_log').select('detail_json').where('action', '=', 'checkin.unmirrored').execute();
    expect(unmirrored.map((r) => JSON.parse(r.detail_json))).toEqual([expect.objectContaining({ admissionCode: c!.admissionCode, removed: expect.objectContaining({ desk: 'north', nonce }) })]);
    const answer = await north.desk.core.store.db.selectFrom('center_outbox').select('answer').executeTakeFirstOrThrow();
    expect(JSON.parse(answer.answer!)).toEqual({ result: 'released', removed: true });
    // The candidate can be admitted (here at south), and north mirrors that admission.
    expect(await checkIdentity(south, cs)).toBe(true);
    expect(valueOf(south, await admitVia(south, cs))).toMatchObject({ status: 'admitted' });
    await north.link.replayNow();
    expect(valueOf(north, await admitVia(north, c!))).toMatchObject({ status: 'already-admitted', desk: 'south' });
    expect(await expectSettled(center)).toEqual({ admissions: 1, conflicts: 0 });
  });
});
