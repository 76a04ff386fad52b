import { describe, expect, test } from 'vitest';
import { admitVia, canAdmit, checkIdentity, dayCandidates, useCenterScenario, valueOf, waitFor, type DayCandidate, type ScenarioDesk } from './desks';
import { expectSettled, localAdmissions } from './settled';

const scenario = useCenterScenario();
const NINE = '2026-12-05T01:00:00.000Z';

/** The first `n` candidates of a 09:00 room whose admission the rules and the identity check allow. */
async function admissible(d: ScenarioDesk, room: string, n: number): Promise<DayCandidate[]> {
  const out: DayCandidate[] = [];
  for (const c of await dayCandidates(d)) {
    if (out.length === n) break;
    if (c.roomCode === room && c.startsAt === NINE && (await checkIdentity(d, c)) && (await canAdmit(d, c))) out.push(c);
  }
  expect(out, `admissible candidates in room ${room}`).toHaveLength(n);
  return out;
}

describe('#19 scenario: the center server stops mid-morning', () => {
  test('pg_ctl stop -m immediate: the desks go offline, keep admitting their leased candidates, and after the restart their loops drain the outboxes; nothing is lost', async () => {
    const center = await scenario();
    const north = await center.join('north', { probeMs: 300 });
    const south = await center.join('south', { probeMs: 300 });
    await center.lease('A', NINE, 'north');
    await center.lease('B', NINE, 'south');
    const [n0, ...nLater] = await admissible(north, 'A', 4);
    const [s0, ...sLater] = await admissible(south, 'B', 4);
    expect(valueOf(north, await admitVia(north, n0!))).toMatchObject({ status: 'admitted' });
    expect(valueOf(south, await admitVia(south, s0!))).toMatchObject({ status: 'admitted' });

    await center.cluster.stopImmediate();
    for (const d of [north, south]) {
      await waitFor(async () => !(await d.link.status()).online);
      expect((await d.link.status()).offlineSince).not.toBeNull();
    }
    for (const [d, later] of [
      [north, nLater],
      [south, sLater],
    ] as const) {
      for (const c of later) expect(valueOf(d, await admitVia(d, c))).toMatchObject({ status: 'admitted' });
      expect(await d.link.status()).toMatchObject({ online: false, outboxDepth: 3 });
    }

    await center.cluster.start();
    for (const d of [north, south]) {
      await waitFor(async () => {
        const s = await d.link.status();
        return s.online && s.outboxDepth === 0;
      });
    }
    const rows = await center.admin.selectFrom('center_checkins').select(['admission_code', 'desk', 'offline']).orderBy('admission_code').execute();
    const expected = [
      ...[n0!, s0!].map((c) => ({ admission_code: c.admissionCode, desk: c === n0 ? 'north' : 'south', offline: 0 })),
      ...nLater.map((c) => ({ admission_code: c.admissionCode, desk: 'north', offline: 1 })),
      ...sLater.map((c) => ({ admission_code: c.admissionCode, desk: 'south', offline: 1 })),
    ].sort((a, b) => (a.admission_code < b.admission_code ? -1 : 1));
    expect(rows).toEqual(expected);
    for (const d of [north, south]) expect(await localAdmissions(d)).toHaveLength(4);
    expect(await expectSettled(center)).toEqual({ admissions: 8, conflicts: 0 });
  });
});
