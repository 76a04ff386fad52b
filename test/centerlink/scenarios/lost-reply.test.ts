import { randomUUID } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { checkinOf } from '../../../electron/centerserver/ledger-repo';
import { holdCommits } from './center-hold';
import { admitVia, checkIdentity, dayCandidates, useCenterScenario, valueOf, waitFor, type ScenarioCenter, type ScenarioDesk } from './desks';
import { expectSettled } from './settled';

const scenario = useCenterScenario();

/** Long enough that the held commit is never cancelled by a timeout: the reply is lost to the reset, not to a clock. */
const PATIENT = { timeoutMs: 120_000 };

/**
 * The desk's claim of `admissionCode` commits at the center, and the reply never reaches the desk:
 * the commit is held at the center, the desk's connection is black-holed, the commit completes (the
 * row is visible at the center), then the connection is reset. Answers what the admission answered.
 */
async function admitLosingTheReply(center: ScenarioCenter, d: ScenarioDesk, admissionCode: string, nonce: string) {
  const c = (await dayCandidates(d)).find((x) => x.admissionCode === admissionCode)!;
  const hold = await holdCommits(center.url, admissionCode);
  const answer = admitVia(d, c, { nonce });
  await waitFor(() => hold.waiting());
  d.proxy.setMode('blackhole');
  await hold.release();
  await waitFor(async () => (await checkinOf(center.admin, admissionCode)) !== undefined);
  d.proxy.setMode('reset');
  const r = await answer;
  d.proxy.setMode('pass');
  return r;
}

async function morningCandidate(d: ScenarioDesk, room: string) {
  for (const c of await dayCandidates(d)) {
    if (c.roomCode === room && c.startsAt === '2026-12-05T01:00:00.000Z' && (await checkIdentity(d, c))) return c;
  }
  throw new Error(`no checkable candidate in room ${room} at 09:00`);
}

describe('#19 scenario: a reply lost after the center committed', () => {
  test('DAY-8 the desk never heard the center take its claim; the proctor retries with the same nonce: one row at the center, one check-in at the desk', async () => {
    const center = await scenario();
    const north = await center.join('north', PATIENT);
    const c = await morningCandidate(north, 'A');
    const nonce = randomUUID();

    const lost = await admitLosingTheReply(center, north, c.admissionCode, nonce);
    // The session is leased to no desk: offline, the desk refuses in words and writes nothing.
    expect(lost).toMatchObject({ ok: false, error: { code: 'REFUSED', say: { key: 'checkin.offlineNotLeased' } } });
    expect((await north.link.status()).online).toBe(false);
    expect(await checkinOf(center.admin, c.admissionCode)).toMatchObject({ nonce, desk: 'north', offline: 0 });

    await north.link.replayNow();
    expect(valueOf(north, await admitVia(north, c, { nonce }))).toMatchObject({ status: 'admitted' });
    expect(await center.admin.selectFrom('center_checkins').select('nonce').execute()).toEqual([{ nonce }]);
    expect(await north.desk.core.store.db.selectFrom('check_ins').select('appointment_id').execute()).toEqual([{ appointment_id: c.appointmentId }]);
    expect(await expectSettled(center)).toEqual({ admissions: 1, conflicts: 0 });
  });

  test("DAY-8 the proctor rescans after a lost reply (a new nonce): the desk records the admission the center already holds from it, under the center's nonce, instead of calling it admitted elsewhere", async () => {
    const center = await scenario();
    const north = await center.join('north', PATIENT);
    const c = await morningCandidate(north, 'A');
    const first = randomUUID();

    const lost = await admitLosingTheReply(center, north, c.admissionCode, first);
    expect(lost).toMatchObject({ ok: false, error: { code: 'REFUSED', say: { key: 'checkin.offlineNotLeased' } } });
    await north.link.replayNow();
    expect((await north.link.status()).online).toBe(true);

    // A fresh scan of the same candidate carries a fresh nonce; the center's row is this desk's own.
    const again = valueOf(north, await admitVia(north, c, { nonce: randomUUID() }));
    expect(again).toMatchObject({ status: 'admitted' });
    expect(await center.admin.selectFrom('center_checkins').select(['nonce', 'desk']).execute()).toEqual([{ nonce: first, desk: 'north' }]);
    expect(await north.desk.core.store.db.selectFrom('check_ins').select('appointment_id').execute()).toEqual([{ appointment_id: c.appointmentId }]);
    expect(await expectSettled(center)).toEqual({ admissions: 1, conflicts: 0 });
  });

  test('DAY-8 at a desk leased the session, the lost reply makes an offline admission with the same nonce; its replay is the same admission (one row, answered as a repeat)', async () => {
    const center = await scenario();
    const north = await center.join('north', PATIENT);
    const c = await morningCandidate(north, 'A');
    await center.lease('A', c.startsAt, 'north');
    const nonce = randomUUID();

    expect(valueOf(north, await admitLosingTheReply(center, north, c.admissionCode, nonce))).toMatchObject({ status: 'admitted' });
    expect(await north.link.status()).toMatchObject({ online: false, outboxDepth: 1 });

    expect(await north.link.replayNow()).toEqual({ sent: 1, conflicts: 0 });
    const row = await north.desk.core.store.db.selectFrom('center_outbox').select(['nonce', 'answer']).executeTakeFirstOrThrow();
    expect({ nonce: row.nonce, answer: JSON.parse(row.answer!) }).toEqual({ nonce, answer: { result: 'admitted', repeat: true } });
    expect(await center.admin.selectFrom('center_checkins').select(['nonce', 'offline']).execute()).toEqual([{ nonce, offline: 0 }]);
    expect(await expectSettled(center)).toEqual({ admissions: 1, conflicts: 0 });
  });
});
