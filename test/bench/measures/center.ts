import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { CenterLink } from '../../../electron/centerlink/center-link';
import { centerOutboxDepth } from '../../../electron/centerlink/outbox-repo';
import { verifyCenterChain } from '../../../electron/centerserver/center-audit-repo';
import { countOpenConflicts } from '../../../electron/centerserver/conflicts-repo';
import { assignLease } from '../../../electron/centerserver/leases-repo';
import { countCheckins } from '../../../electron/centerserver/ledger-repo';
import { migrateCenter, openCenterPg, redactUrl } from '../../../electron/centerserver/open-center';
import { sessionKey } from '../../../electron/centerserver/session-key';
import { startPgCluster } from '../../support/pg-cluster';
import { withFloor, type Figure } from '../measure';
import type { BenchContext, Measure } from './index';

/** Admissions per phase (the first WARMUP left out of median and p95): the offline phase's fill the outbox the replay sends. */
const PER_PHASE = 1000;
const WARMUP = 3;
const DESK = 'bench-a';

interface Person {
  id: number;
  name: string;
  idNumber: string;
  startsAt: string;
  roomCode: string;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

function figureOf(name: string, times: number[], note?: string): Figure {
  const sorted = [...times].sort((a, b) => a - b);
  return { name, runs: times.length, medianMs: percentile(sorted, 50), p95Ms: percentile(sorted, 95), ...(note ? { note } : {}) };
}

/** A total over many records: median and p95 both hold the total. */
function totalOf(name: string, ms: number, runs: number, note: string): Figure {
  return { name, runs, medianMs: ms, p95Ms: ms, note };
}

/** A loopback port nothing listens on: a center there refuses at once, as a desk whose server is down sees it. */
async function deadPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

type Caller = { transport: 'test'; clientId: string; desk: string };

/** One way of admitting: its people, the link on the core while it admits (none: a desk alone) and its times. */
interface Phase {
  people: Person[];
  link: CenterLink | undefined;
  times: number[];
  totalMs: number;
}

/**
 * Admits one person through the real check-in channels (the identity check unmeasured, then
 * `checkin.admit` timed), the bench clock 45 minutes before that person's session (DAY-1 admits).
 */
async function admitOne(ctx: BenchContext, p: Person, caller: Caller): Promise<number> {
  ctx.clock.set(new Date(Date.parse(p.startsAt) - 45 * 60_000));
  const check = { appointmentId: p.id, documentType: 'CN_ID', documentNumber: p.idNumber, expiryDate: '2035-01-01', originalPresented: true, nameOnDocument: p.name, photoMatches: true, staffCheck: 'pass' } as const;
  const c = await ctx.registry.invoke('checkin.recordIdCheck', check, caller);
  if (!c.ok) throw new Error(`bench identity check failed: ${JSON.stringify(c)}`);
  const t0 = performance.now();
  const r = await ctx.registry.invoke('checkin.admit', { appointmentId: p.id, nonce: randomUUID() }, caller);
  const ms = performance.now() - t0;
  if (!r.ok || (r.value as { status: string }).status !== 'admitted') throw new Error(`bench admission failed: ${JSON.stringify(r)}`);
  return ms;
}

/** The phases take turns, one admission each, so the machine's load and the cache's warmth weigh on all of them alike. */
async function admitInTurns(ctx: BenchContext, phases: Phase[], caller: Caller): Promise<void> {
  for (let i = 0; i < PER_PHASE; i++) {
    for (const phase of phases) {
      if (phase.link) ctx.core.centerLink = phase.link;
      else delete ctx.core.centerLink;
      const ms = await admitOne(ctx, phase.people[i]!, caller);
      phase.totalMs += ms;
      if (i >= WARMUP) phase.times.push(ms);
    }
  }
  delete ctx.core.centerLink;
}

async function waitOffline(link: CenterLink): Promise<void> {
  // status() asks the center for its open conflicts; a refused call turns the link offline.
  for (let i = 0; i < 100; i++) {
    if (!(await link.status()).online) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the bench center link did not go offline against a closed port');
}

/**
 * #19: admission at a desk joined to a PostgreSQL center (online, the center decides first),
 * offline admission (center unreachable, the session leased to this desk: local check-in plus
 * outbox row), and the replay of 1,000 outbox records, each beside the single-desk figure of the
 * same run: the same `checkin.admit` channel without a center link, and 1,000 local admissions.
 */
export const centerMeasure: Measure = {
  name: 'center',
  async run(ctx) {
    const db = ctx.core.store.db;
    const need = 3 * PER_PHASE;
    const rows = await db
      .selectFrom('appointments as a')
      .innerJoin('candidates as c', 'c.id', 'a.candidate_id')
      .innerJoin('exam_sessions as es', 'es.id', 'a.session_id')
      .innerJoin('rooms as r', 'r.id', 'es.room_id')
      .leftJoin('check_ins as ci', 'ci.appointment_id', 'a.id')
      .where('ci.id', 'is', null)
      .where('c.id_number', 'is not', null)
      .select(['a.id', 'c.name', 'c.id_number', 'es.starts_at', 'r.code'])
      .orderBy('es.starts_at')
      .orderBy('a.id')
      .limit(need)
      .execute();
    if (rows.length < need) throw new Error(`the center bench needs ${need} candidates not yet admitted (run it with a larger --count)`);
    const people: Person[] = rows.map((r) => ({ id: r.id, name: r.name, idNumber: r.id_number!, startsAt: r.starts_at, roomCode: r.code }));
    // Dealt in turns, so the bench clock only moves forward.
    const dealt = (k: number) => people.filter((_, i) => i % 3 === k);
    const op = await db.selectFrom('operators').select(['id', 'username', 'display_name', 'role']).executeTakeFirstOrThrow();
    const caller: Caller = { transport: 'test', clientId: 'bench-center', desk: DESK };
    ctx.core.sessions.signIn(caller.clientId, { id: op.id, username: op.username, displayName: op.display_name, role: op.role });

    const cluster = await startPgCluster();
    const centerUrl = await cluster.createDatabase('exam_center');
    const center = openCenterPg(centerUrl);
    const links: CenterLink[] = [];
    const join = (url: string) => {
      const link = new CenterLink({ center: openCenterPg(url), desk: DESK, server: redactUrl(url), store: ctx.core.store, clock: ctx.clock });
      links.push(link);
      return link;
    };
    try {
      await migrateCenter(center, 'postgres');
      ctx.log(`  center: PostgreSQL 127.0.0.1:${cluster.port}; ${PER_PHASE} admissions each alone, online and offline, in turns`);
      const single: Phase = { people: dealt(0), link: undefined, times: [], totalMs: 0 };
      const offlinePeople = dealt(2);
      // The offline admissions' sessions are leased to this desk while the center answers.
      const at = ctx.clock.now().toISOString();
      for (const key of new Set(offlinePeople.map((p) => sessionKey(p.roomCode, p.startsAt)))) await assignLease(center, { sessionKey: key, desk: DESK, by: 'bench-manager', at });
      const onlineLink = join(centerUrl);
      await onlineLink.refreshLeases();
      const online: Phase = { people: dealt(1), link: onlineLink, times: [], totalMs: 0 };
      // Offline: a link whose center refuses (nothing listens on its port), as a desk whose server is down sees it.
      const offlineLink = join(`postgres://postgres@127.0.0.1:${await deadPort()}/exam_center`);
      await waitOffline(offlineLink);
      const offline: Phase = { people: offlinePeople, link: offlineLink, times: [], totalMs: 0 };

      await admitInTurns(ctx, [single, online, offline], caller);
      if (!(await onlineLink.status()).online) throw new Error('center bench: the online link went offline during the run');
      const queued = await centerOutboxDepth(db);
      if (queued !== PER_PHASE) throw new Error(`center bench: ${queued} outbox records after ${PER_PHASE} offline admissions`);
      await offlineLink.close();

      // Back online: a link to the center replays the outbox at its start (replayNow waits behind that sync).
      const t0 = performance.now();
      const replayLink = join(centerUrl);
      await replayLink.replayNow();
      const replayMs = performance.now() - t0;
      const left = await centerOutboxDepth(db);
      const conflicts = await countOpenConflicts(center);
      const admittedAtCenter = await countCheckins(center);
      const chain = await verifyCenterChain(center);
      if (left !== 0 || conflicts !== 0 || admittedAtCenter !== 2 * PER_PHASE || !chain.ok) {
        throw new Error(`center bench: outbox ${left} left, ${conflicts} conflicts, ${admittedAtCenter} check-ins at the center, chain ${JSON.stringify(chain)}`);
      }

      const singleFig = figureOf('singleDesk.admissionMs', single.times, 'checkin.admit, desk alone');
      const singleTotal = totalOf(`singleDesk.admit${PER_PHASE}Ms`, single.totalMs, PER_PHASE, `total of ${PER_PHASE} local admissions; ${(single.totalMs / PER_PHASE).toFixed(2)} ms each`);
      return [
        singleFig,
        withFloor(figureOf('center.admissionMs', online.times, 'claimed at the center online; x floor = / single desk'), singleFig),
        withFloor(figureOf('center.offlineAdmissionMs', offline.times, 'center unreachable, leased session, outbox row; x floor = / single desk'), singleFig),
        singleTotal,
        withFloor(totalOf(`center.replay${PER_PHASE}Ms`, replayMs, queued, `total of ${queued} outbox records; ${(replayMs / queued).toFixed(2)} ms each; x floor = / ${PER_PHASE} local admissions`), singleTotal),
      ];
    } finally {
      delete ctx.core.centerLink;
      for (const link of links) await link.close().catch(() => {});
      await center.destroy().catch(() => {});
      await cluster.stop();
    }
  },
};
