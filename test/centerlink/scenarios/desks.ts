/**
 * The fault scenarios of #19 on one machine: a real PostgreSQL center (test/support/pg-cluster.ts)
 * with its migrated schema and nothing else, and N desks, each a real SQLite file holding the same
 * demo day (generated from the same seed and date), its own CenterLink and its own pg pool to the
 * center through its own TCP proxy, so one desk can be cut off (black hole) or lose its connection
 * (reset). Admissions go through the check-in registry the renderer uses (identity check first).
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import { afterEach } from 'vitest';
import type { AdmitResult } from '../../../shared/checkin/types';
import type { IpcResult } from '../../../shared/ipc/result';
import { centerlinkContract } from '../../../shared/centerlink/contract';
import { CenterLink } from '../../../electron/centerlink/center-link';
import { centerlinkHandlers } from '../../../electron/centerlink/handlers';
import { Registry } from '../../../electron/core/registry';
import type { CenterDB } from '../../../electron/centerserver/center-schema';
import { assignLease } from '../../../electron/centerserver/leases-repo';
import { migrateCenter, openCenterPg, redactUrl } from '../../../electron/centerserver/open-center';
import { sessionKey } from '../../../electron/centerserver/session-key';
import { openCheckinDesk, type CheckinDesk } from '../../checkin/support';
import { usePgCluster, type PgCluster } from '../../support/pg-cluster';
import { startTcpProxy, type TcpProxy } from '../../support/tcp-proxy';
import { useTempDir } from '../../support/temp-dir';

/** The desk clock: 08:20 in Shenzhen on the demo day, so the 09:00 sessions admit (DAY-1). */
export const MORNING = new Date('2026-12-05T00:20:00Z');
/** Far longer than any test: the scenario drives the replay with replayNow() unless it asks for the loop. */
export const NO_PROBE = 3_600_000;

export interface ScenarioDesk {
  name: string;
  dir: string;
  desk: CheckinDesk;
  link: CenterLink;
  /** Between this desk and the center only. */
  proxy: TcpProxy;
  /** The center's URL through this desk's proxy. */
  url: string;
}

export interface JoinOptions {
  /** The link's probe interval (ms); NO_PROBE unless the scenario watches the loop. */
  probeMs?: number;
  /** Connect and statement timeout of the desk's pool and the link (ms). */
  timeoutMs?: number;
}

export interface ScenarioCenter {
  cluster: PgCluster;
  url: string;
  /** The center as the manager's PC sees it (never behind a proxy). */
  admin: Kysely<CenterDB>;
  desks: ScenarioDesk[];
  join(name: string, o?: JoinOptions): Promise<ScenarioDesk>;
  /** Closes the desk's link and file (the desk "dies"); reopen() opens both again. */
  shut(d: ScenarioDesk): Promise<void>;
  /** Opens the desk's file again (no new demo day) and a new link, which replays what the file holds. */
  reopen(d: ScenarioDesk, o?: JoinOptions): Promise<void>;
  /** The manager leases a session (room code and start) to a desk; every desk copies the leases. */
  lease(roomCode: string, startsAt: string, desk: string): Promise<void>;
}

/** Generous, so a busy machine never turns a desk offline by itself; the scenarios that cut a desk off pay it once. */
export const DEFAULT_TIMEOUT_MS = 8000;

let databases = 0;

/** A PostgreSQL cluster for the file, and per test a fresh center database with its desks, all closed after the test. */
export function useCenterScenario(): () => Promise<ScenarioCenter> {
  const cluster = usePgCluster();
  const tempDir = useTempDir('exam-desk-scenario-');
  const cleanup: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const c of cleanup.splice(0).reverse()) await c().catch(() => {});
  }, 120_000);

  return async () => {
    const url = await cluster().createDatabase(`scenario_${process.pid}_${++databases}`);
    const admin = openCenterPg(url, { connectTimeoutMs: 60_000, queryTimeoutMs: 60_000 });
    cleanup.push(() => admin.destroy());
    await migrateCenter(admin, 'postgres');
    const desks: ScenarioDesk[] = [];

    const openLink = (d: Omit<ScenarioDesk, 'link'>, o: JoinOptions) => {
      const timeoutMs = o.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      const center = openCenterPg(d.url, { connectTimeoutMs: timeoutMs, queryTimeoutMs: timeoutMs });
      const link = new CenterLink({ center, desk: d.name, server: redactUrl(d.url), store: d.desk.core.store, clock: d.desk.clock, timeoutMs, probeMs: o.probeMs ?? NO_PROBE });
      d.desk.core.centerLink = link;
      return link;
    };

    const center: ScenarioCenter = {
      cluster: cluster(),
      url,
      admin,
      desks,
      async join(name, o = {}) {
        const dir = tempDir();
        const desk = await openCheckinDesk(dir, MORNING);
        cleanup.push(() => desk.close());
        const proxy = await startTcpProxy(cluster().port);
        cleanup.push(() => proxy.close());
        const via = new URL(url);
        via.port = String(proxy.port);
        const partial = { name, dir, desk, proxy, url: via.toString() };
        const d: ScenarioDesk = { ...partial, link: openLink(partial, o) };
        // Closed before the desk file (cleanup runs in reverse).
        cleanup.push(() => d.link.close());
        // The link's first sync (outbox, leases, contact) has run once this answers.
        await d.link.replayNow();
        desks.push(d);
        return d;
      },
      async shut(d) {
        await d.link.close();
        await d.desk.close();
      },
      async reopen(d, o = {}) {
        d.desk = await openCheckinDesk(d.dir, MORNING, { demo: false });
        cleanup.push(() => d.desk.close());
        d.link = openLink(d, o);
        cleanup.push(() => d.link.close());
        await d.link.replayNow();
      },
      async lease(roomCode, startsAt, desk) {
        await assignLease(admin, { sessionKey: sessionKey(roomCode, startsAt), desk, by: 'manager@center', at: MORNING.toISOString() });
        for (const d of desks) await d.link.refreshLeases();
      },
    };
    return center;
  };
}

/** One appointment of the demo day, as every desk holds it (same admission code everywhere; local ids may differ). */
export interface DayCandidate {
  appointmentId: number;
  admissionCode: string;
  name: string;
  idType: string;
  idNumber: string;
  startsAt: string;
  roomCode: string;
}

/** The demo day's appointments in a desk's file, by session start, room and admission code. */
export async function dayCandidates(d: ScenarioDesk): Promise<DayCandidate[]> {
  const rows = await d.desk.core.store.db
    .selectFrom('appointments as a')
    .innerJoin('candidates as c', 'c.id', 'a.candidate_id')
    .innerJoin('exam_sessions as s', 's.id', 'a.session_id')
    .innerJoin('rooms as r', 'r.id', 's.room_id')
    .select(['a.id', 'a.admission_code', 'c.name', 'c.id_type', 'c.id_number', 's.starts_at', 'r.code'])
    .orderBy('s.starts_at')
    .orderBy('r.code')
    .orderBy('a.admission_code')
    .execute();
  return rows.map((r) => ({ appointmentId: r.id, admissionCode: r.admission_code, name: r.name, idType: r.id_type, idNumber: r.id_number ?? '', startsAt: r.starts_at, roomCode: r.code }));
}

/** The same candidate in another desk's file (by admission code). */
export async function sameCandidate(d: ScenarioDesk, c: DayCandidate): Promise<DayCandidate> {
  const found = (await dayCandidates(d)).find((x) => x.admissionCode === c.admissionCode);
  if (!found) throw new Error(`desk ${d.name} has no appointment ${c.admissionCode}`);
  return found;
}

/**
 * The proctor checks the document (DAY-3..DAY-6) as the check-in screen records it: a passing check
 * of the registered document. False when the rules refuse to decide it (a sponsor profile without a
 * document rule): such a candidate is admitted only by a manager's override.
 */
export async function checkIdentity(d: ScenarioDesk, c: DayCandidate): Promise<boolean> {
  const caller = await d.desk.as('proctor1');
  const r = await d.desk.invoke(
    'checkin.recordIdCheck',
    {
      appointmentId: c.appointmentId,
      documentType: c.idType,
      documentNumber: c.idNumber,
      expiryDate: '2035-01-01',
      originalPresented: true,
      nameOnDocument: c.name,
      photoMatches: true,
      staffCheck: c.idType === 'CN_ID' ? 'pass' : null,
    },
    caller,
  );
  if (!r.ok && r.error.code !== 'REFUSED') throw new Error(`desk ${d.name}: identity check of ${c.admissionCode}: ${r.error.code} ${r.error.message}`);
  return r.ok;
}

/** Whether the desk would admit now (verdict allowed and identity passed). */
export async function canAdmit(d: ScenarioDesk, c: DayCandidate): Promise<boolean> {
  const view = await d.desk.call<{ canAdmit: boolean }>('checkin.verdict', { appointmentId: c.appointmentId }, await d.desk.as('proctor1'));
  return view.canAdmit;
}

/** `checkin.admit` as the check-in screen sends it; a manager's override carries its written reason. */
export async function admitVia(d: ScenarioDesk, c: DayCandidate, o: { nonce?: string; who?: 'proctor1' | 'manager'; overrideReason?: string } = {}): Promise<IpcResult<AdmitResult>> {
  const payload = { appointmentId: c.appointmentId, nonce: o.nonce ?? randomUUID(), ...(o.overrideReason ? { overrideReason: o.overrideReason } : {}) };
  return (await d.desk.invoke('checkin.admit', payload, await d.desk.as(o.who ?? 'proctor1'))) as IpcResult<AdmitResult>;
}

/** A center channel (centerlink.*) as the renderer calls it at this desk, e.g. the manager's conflicts list. */
export async function centerChannel<T>(d: ScenarioDesk, name: keyof typeof centerlinkContract, payload: unknown, who: 'proctor1' | 'manager' = 'manager'): Promise<IpcResult<T>> {
  const registry = new Registry(centerlinkContract, d.desk.core, () => {});
  registry.registerAll(centerlinkHandlers);
  return (await registry.invoke(name, payload, await d.desk.as(who))) as IpcResult<T>;
}

/** The answer's value, or a thrown error naming the desk and the refusal. */
export function valueOf(d: ScenarioDesk, r: IpcResult<AdmitResult>): AdmitResult {
  if (!r.ok) throw new Error(`desk ${d.name}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

/** Waits for a state, polling; bounded only by the test's own timeout. */
export async function waitFor<T>(probe: () => Promise<T | undefined | false>, everyMs = 100): Promise<T> {
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) return v;
    await sleep(everyMs);
  }
}
