import { existsSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { Clock } from '../core/clock';
import type { Core } from '../core/context';
import type { CenterDB } from '../centerserver/center-schema';
import { openCenterPg, redactUrl } from '../centerserver/open-center';
import { touchDesk } from '../centerserver/desks-repo';
import { latestSnapshot } from '../centerserver/snapshots-repo';
import { CenterLink } from './center-link';
import { seedDeskFile } from './desk-snapshot';

/**
 * How often an online link syncs with the center: its lease copy follows the manager's changes and
 * its last contact stays current; a sync that fails turns the link offline (its own probe takes over).
 */
export const HEARTBEAT_MS = 10_000;

/** A desk's name at the center: letters, digits, '.', '_' and '-' (it shows on every screen and in the center's audit). */
export const DESK_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

export interface CenterJoinOptions {
  /** postgres://USER[:PASSWORD]@HOST:PORT/DB */
  url: string;
  desk: string;
  dbPath: string;
  clock: Clock;
  /** Connect and statement timeout at the center (default 3000 ms). */
  timeoutMs?: number;
  log?(message: string): void;
}

/** What a door holds of the center between opening the store and closing. */
export interface CenterJoin {
  /** The center's address without its password (screens, logs). */
  server: string;
  /** Whether the center answered at start. */
  reachable: boolean;
  /** Whether the desk file was written from the center's snapshot (a new desk). */
  seeded: boolean;
  /** Builds the link over the open store and puts it on the core (`ctx.core.centerLink`). */
  attach(core: Core): CenterLink;
  /** Stops the link, then closes the center's connections. */
  close(): Promise<void>;
}

/**
 * Joins a desk to its center (#19), for every door. Opens the center's PostgreSQL with a short
 * timeout; a desk without its file yet takes the center's snapshot of the day (and the hash key
 * beside it) before its store opens. The desk starts whatever the center says: unreachable at
 * start, it works offline from its file and the link probes until the center answers.
 */
export async function joinCenter(o: CenterJoinOptions): Promise<CenterJoin> {
  if (!DESK_NAME.test(o.desk)) throw new Error(`"${o.desk}" is not a desk name: use letters, digits, ".", "_" or "-" (at most 40).`);
  const server = redactUrl(o.url);
  const timeoutMs = o.timeoutMs ?? 3000;
  const log = o.log ?? (() => {});
  const open = (): Kysely<CenterDB> => openCenterPg(o.url, { connectTimeoutMs: timeoutMs, queryTimeoutMs: timeoutMs });
  let reachable = true;
  let seeded = false;
  const first = open();
  try {
    if (!existsSync(o.dbPath)) {
      const snap = await latestSnapshot(first);
      if (snap) {
        seedDeskFile(o.dbPath, snap);
        seeded = true;
        log(`Desk ${o.desk}: took the center's working copy of the day (from ${snap.fromDesk}, ${snap.takenAt}) as ${o.dbPath}.`);
      }
    }
    await touchDesk(first, o.desk, o.clock.now().toISOString());
  } catch (error) {
    reachable = false;
    log(`Desk ${o.desk}: the center ${server} did not answer (${error instanceof Error ? error.message : String(error)}); the desk starts offline from its own file.`);
  } finally {
    await first.destroy();
  }
  let link: CenterLink | null = null;
  const heartbeat = setInterval(() => void link?.replayNow().catch(() => {}), HEARTBEAT_MS);
  heartbeat.unref();
  return {
    server,
    reachable,
    seeded,
    attach(core) {
      // A desk reopened after recovery gets a new core: a new link (with its own connections) replaces the old one.
      if (link) void link.close();
      link = new CenterLink({ center: open(), desk: o.desk, server, store: core.store, clock: core.clock, timeoutMs });
      core.centerLink = link;
      return link;
    },
    async close() {
      clearInterval(heartbeat);
      // The link closes its connections to the center.
      await link?.close();
    },
  };
}
