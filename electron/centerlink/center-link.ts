import type { Kysely } from 'kysely';
import type { CenterDB } from '../centerserver/center-schema';
import { countOpenConflicts } from '../centerserver/conflicts-repo';
import { touchDesk } from '../centerserver/desks-repo';
import { listLeases } from '../centerserver/leases-repo';
import { admittedAmong, claimOnline, claimReplay, releaseClaim, type AdmittedBy, type Claim, type ClaimAnswer } from '../centerserver/ledger-repo';
import type { Clock } from '../core/clock';
import { DomainError } from '../core/errors';
import type { Store } from '../store/open';
import { replaceLeaseCopy } from './lease-copy-repo';
import { mirrorOtherDesks, type MirrorCounts } from './center-mirror';
import { centerOutboxDepth, insertCenterOutbox, markCenterOutboxSent, unsentCenterOutbox, type OutboxRow } from './outbox-repo';
import { heldHere, releaseKey, type OutboxRelease } from './release-queue-repo';

/** What the desk asks the center (the link adds its desk name, the receipt time and offline: false). */
export type LinkClaim = Omit<Claim, 'receivedAt' | 'offline' | 'desk'>;
export type LinkAnswer = ClaimAnswer | { result: 'offline' };
/** An outbox row's payload: the claim as the desk decided it offline (the center adds its receipt time on replay). */
export type OutboxClaim = Omit<Claim, 'receivedAt'>;

export interface CenterLinkStatus {
  desk: string;
  /** The center's address without its password. */
  server: string;
  online: boolean;
  offlineSince: string | null;
  lastContactAt: string | null;
  outboxDepth: number;
  /** As the center last said (kept while offline). */
  openConflicts: number;
}

export interface CenterLinkOptions {
  center: Kysely<CenterDB>;
  desk: string;
  server: string;
  store: Store;
  clock: Clock;
  /** Connect + statement timeout of the center's pool (ms); a call gets both before the link gives up on it. */
  timeoutMs?: number;
  /** How often an offline link asks the center again (ms). */
  probeMs?: number;
}

/** A call the link gave up on: the center did not answer within connect + statement timeout. */
class CenterTimeout extends Error {
  readonly code = 'ETIMEDOUT';
}

/**
 * A joined desk's link to its center (#19). Online, each admission is claimed at the center first;
 * a call that fails or times out turns the link offline (since then), and while offline a claim
 * answers 'offline' at once, without waiting on the network, so the desk decides from its own copy.
 * An offline link probes every probeMs on an unref'd timer: once the center answers, the outbox is
 * replayed in seq order with the same nonces (claimReplay: replaying twice is harmless), each row
 * marked sent with its answer, the lease copy refreshed and the desk's contact recorded; only then
 * is the link online again. Syncs (replay, lease refresh) run one at a time, never two at once.
 */
export class CenterLink {
  readonly center: Kysely<CenterDB>;
  readonly desk: string;
  readonly server: string;
  private readonly store: Store;
  private readonly clock: Clock;
  private readonly timeoutMs: number;
  private readonly probeMs: number;
  private online = true;
  private offlineSince: string | null = null;
  private lastContactAt: string | null = null;
  private openConflicts = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** The tail of the serial queue of syncs. */
  private syncing: Promise<unknown> = Promise.resolve();
  private closed = false;
  /** What the last sync's mirror of the other desks' admissions did (null before the first). */
  lastMirror: MirrorCounts | null = null;

  constructor(o: CenterLinkOptions) {
    this.center = o.center;
    this.desk = o.desk;
    this.server = o.server;
    this.store = o.store;
    this.clock = o.clock;
    this.timeoutMs = o.timeoutMs ?? 3000;
    this.probeMs = o.probeMs ?? 2000;
    // An outbox left from an earlier run, the leases, the desk's contact: settled at once, in the background.
    this.probe();
  }

  /** Claims an admission at the center; 'offline' at once while the link is offline or when the center does not answer now. */
  async claim(c: LinkClaim): Promise<LinkAnswer> {
    if (!this.online || this.closed) return { result: 'offline' };
    const receivedAt = this.clock.now().toISOString();
    try {
      return await this.call(() => claimOnline(this.center, { ...c, desk: this.desk, receivedAt, offline: false }));
    } catch (error) {
      if (error instanceof DomainError) throw error;
      return { result: 'offline' };
    }
  }

  /**
   * Takes back an online claim whose local transaction failed. When the center does not answer now,
   * the release waits in the outbox (a durable row, replayed in order before the link is online
   * again), so the center does not keep an admission this desk never made.
   */
  async release(admissionCode: string, nonce: string): Promise<void> {
    if (this.online && !this.closed) {
      try {
        await this.call(() => releaseClaim(this.center, admissionCode, nonce, this.desk, this.clock.now().toISOString()));
        return;
      } catch {
        // Offline now: queued below.
      }
    }
    const at = this.clock.now().toISOString();
    const payload: OutboxRelease = { kind: 'release', admissionCode, nonce, desk: this.desk, at };
    try {
      await this.store.db.transaction().execute((trx) => insertCenterOutbox(trx, { nonce: releaseKey(nonce), admissionCode, payloadJson: JSON.stringify(payload), createdAt: at }));
    } catch {
      // Best effort: the admission's own error is what the caller reports.
    }
  }

  /** Which of these appointments the center holds an admission for; offline at once while the link is offline or when the center does not answer now. */
  async admittedAmong(codes: readonly string[]): Promise<{ offline: false; admitted: Map<string, AdmittedBy> } | { offline: true }> {
    if (!this.online || this.closed) return { offline: true };
    try {
      return { offline: false, admitted: await this.call(() => admittedAmong(this.center, codes)) };
    } catch (error) {
      if (error instanceof DomainError) throw error;
      return { offline: true };
    }
  }

  /**
   * An admission decided offline has committed its outbox row. If the link came back online while
   * it ran (after the replay's last look at the outbox), the row is sent now instead of waiting.
   */
  outboxWritten(): void {
    if (this.online && !this.closed) this.probe();
  }

  async status(): Promise<CenterLinkStatus> {
    if (this.online && !this.closed) {
      try {
        this.openConflicts = await this.call(() => countOpenConflicts(this.center));
      } catch {
        // The link is offline now; the last count stays.
      }
    }
    return {
      desk: this.desk,
      server: this.server,
      online: this.online,
      offlineSince: this.offlineSince,
      lastContactAt: this.lastContactAt,
      outboxDepth: await centerOutboxDepth(this.store.db),
      openConflicts: this.openConflicts,
    };
  }

  /** Replays the outbox, refreshes the lease copy and records the contact, then the link is online. Throws (offline) when the center does not answer. */
  replayNow(): Promise<{ sent: number; conflicts: number }> {
    return this.serially(() => this.sync());
  }

  /** Copies the center's leases into the desk file. */
  refreshLeases(): Promise<void> {
    return this.serially(() => this.copyLeases());
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.syncing.catch(() => {});
    await this.center.destroy();
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.syncing.then(work, work);
    this.syncing = run.catch(() => {});
    return run;
  }

  private async sync(): Promise<{ sent: number; conflicts: number }> {
    if (this.closed) throw new Error('The center link is closed.');
    let sent = 0;
    let conflicts = 0;
    // Until none is left: a row written by an admission that decided offline while this replay ran is sent too.
    for (let rows = await unsentCenterOutbox(this.store.db); rows.length > 0; rows = await unsentCenterOutbox(this.store.db)) {
      sent += await this.replayRows(rows, (c) => (conflicts += c));
    }
    this.lastMirror = await mirrorOtherDesks({ center: this.center, store: this.store, desk: this.desk, clock: this.clock, call: (w) => this.call(w) });
    await this.copyLeases();
    await this.call(() => touchDesk(this.center, this.desk, this.clock.now().toISOString()));
    this.openConflicts = await this.call(() => countOpenConflicts(this.center));
    this.online = true;
    this.offlineSince = null;
    return { sent, conflicts };
  }

  private async replayRows(rows: OutboxRow[], conflict: (n: number) => void): Promise<number> {
    let sent = 0;
    for (const row of rows) {
      const claim = JSON.parse(row.payloadJson) as OutboxClaim | OutboxRelease;
      const receivedAt = this.clock.now().toISOString();
      let answer: ClaimAnswer | { result: 'rejected'; message: string } | { result: 'released' | 'kept'; removed: boolean };
      try {
        answer = 'kind' in claim ? await this.replayRelease(claim, receivedAt) : await this.call(() => claimReplay(this.center, { ...claim, receivedAt }));
      } catch (error) {
        // The center refused the record itself (a nonce it knows under another appointment): kept in the desk file with the words.
        if (!(error instanceof DomainError)) throw error;
        answer = { result: 'rejected', message: error.message };
      }
      await markCenterOutboxSent(this.store.db, row.seq, receivedAt, JSON.stringify(answer));
      sent += 1;
      if (answer.result === 'conflict') conflict(1);
    }
    return sent;
  }

  /** A queued release: sent unless this desk has since recorded its admission under the same nonce (then the center's admission is this desk's). */
  private async replayRelease(r: OutboxRelease, at: string): Promise<{ result: 'released' | 'kept'; removed: boolean }> {
    if (await heldHere(this.store.db, r.admissionCode, r.nonce)) return { result: 'kept', removed: false };
    return { result: 'released', removed: await this.call(() => releaseClaim(this.center, r.admissionCode, r.nonce, r.desk, at)) };
  }

  private async copyLeases(): Promise<void> {
    const leases = await this.call(() => listLeases(this.center));
    const at = this.clock.now().toISOString();
    await this.store.db.transaction().execute((trx) => replaceLeaseCopy(trx, leases, at));
  }

  /** One call at the center, bounded by connect + statement timeout; any failure but a refusal in words turns the link offline. */
  private async call<T>(work: () => Promise<T>): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new CenterTimeout(`The center ${this.server} did not answer within ${2 * this.timeoutMs} ms.`)), 2 * this.timeoutMs);
      timer.unref();
    });
    const attempt = work();
    attempt.catch(() => {});
    try {
      const value = await Promise.race([attempt, limit]);
      this.lastContactAt = this.clock.now().toISOString();
      return value;
    } catch (error) {
      if (!(error instanceof DomainError)) this.goOffline();
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  private goOffline(): void {
    if (this.online) {
      this.online = false;
      this.offlineSince = this.clock.now().toISOString();
    }
    this.schedule(this.probeMs);
  }

  private schedule(ms: number): void {
    if (this.closed || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.probe();
    }, ms);
    this.timer.unref();
  }

  /** One sync in the queue; a failure leaves the link offline with the next probe scheduled (by call). */
  private probe(): void {
    if (this.closed) return;
    this.replayNow().catch(() => {});
  }
}
