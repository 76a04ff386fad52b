import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkinOf } from '../../../electron/centerserver/ledger-repo';
import { holdCommits } from './center-hold';
import { admitVia, canAdmit, checkIdentity, dayCandidates, useCenterScenario, valueOf, waitFor, type DayCandidate } from './desks';
import { expectSettled } from './settled';

const scenario = useCenterScenario();
const NINE = '2026-12-05T01:00:00.000Z';
const CHILD = join(import.meta.dirname, 'replay-child.ts');
/** The child's connection never times out on its own: it dies by SIGKILL, not by a clock. */
const PATIENT_MS = 120_000;

describe('#19 scenario: a desk killed mid-replay', () => {
  test('DAY-8 the desk process is SIGKILLed while it replays (one claim committed at the center, its answer never recorded); the next replay sends the rest: no duplicates, the outbox empty', async () => {
    const center = await scenario();
    const north = await center.join('north', { timeoutMs: PATIENT_MS });
    for (const room of ['A', 'B', 'C']) await center.lease(room, NINE, 'north');
    const admitted: DayCandidate[] = [];
    for (const c of await dayCandidates(north)) {
      if (admitted.length < 10 && c.startsAt === NINE && (await checkIdentity(north, c)) && (await canAdmit(north, c))) admitted.push(c);
    }
    expect(admitted).toHaveLength(10);

    // The center refuses the connection: the desk goes offline at once and admits its leased candidates from its copy.
    north.proxy.setMode('reset');
    for (const c of admitted) expect(valueOf(north, await admitVia(north, c))).toMatchObject({ status: 'admitted' });
    expect(await north.link.status()).toMatchObject({ online: false, outboxDepth: 10 });
    const outbox = await north.desk.core.store.db.selectFrom('center_outbox').select(['seq', 'admission_code']).orderBy('seq').execute();
    const held = outbox[4]!.admission_code;

    // The fifth claim of the replay waits at the center's COMMIT while the test kills the desk process.
    const hold = await holdCommits(center.url, held);
    await center.shut(north);
    north.proxy.setMode('pass');
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, join(north.dir, 'desk.sqlite'), north.url, 'north', String(PATIENT_MS)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr.on('data', (b: Buffer) => (output += b.toString()));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
    let gone = false;
    void exited.then(() => (gone = true));
    await waitFor(async () => {
      if (gone) throw new Error(`the replaying desk exited before the test killed it:\n${output}`);
      return hold.waiting();
    });
    const sentBeforeKill = await center.admin.selectFrom('center_checkins').select('admission_code').execute();
    expect(sentBeforeKill.map((r) => r.admission_code).sort()).toEqual(
      outbox
        .slice(0, 4)
        .map((r) => r.admission_code)
        .sort(),
    );
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    // The held COMMIT completes at the center with nobody left to hear it.
    await hold.release();
    await waitFor(async () => (await checkinOf(center.admin, held)) !== undefined);

    await center.reopen(north);
    const rows = await north.desk.core.store.db.selectFrom('center_outbox').select(['admission_code', 'answer']).orderBy('seq').execute();
    expect(rows.map((r) => [r.admission_code, JSON.parse(r.answer!)])).toEqual(outbox.map((r, i) => [r.admission_code, { result: 'admitted', repeat: i === 4 }]));
    const atCenter = await center.admin.selectFrom('center_checkins').select(['admission_code', 'desk', 'offline']).orderBy('admission_code').execute();
    expect(atCenter).toEqual(
      admitted
        .map((c) => c.admissionCode)
        .sort()
        .map((code) => ({ admission_code: code, desk: 'north', offline: 1 })),
    );
    expect(await expectSettled(center)).toEqual({ admissions: 10, conflicts: 0 });
  });
});
