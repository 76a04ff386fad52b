import type { Clock } from '../core/clock';
import type { Core } from '../core/context';
import { readSetting } from '../store/settings-repo';
import { joinCenter, type CenterJoin } from './join';

/** The desk settings that remember the center a manager joined from Settings (the address never holds the password). */
export const CENTER_URL_SETTING = 'center.url';
export const CENTER_DESK_SETTING = 'center.desk';

/**
 * How a door keeps the center's password between starts (#19): the desktop app with safeStorage
 * (electron/main/center-password.ts); browser mode keeps none (the password lives in this run's
 * connection only; a restart takes it from PGPASSWORD or ~/.pgpass, which node-postgres reads).
 */
export interface CenterPasswordKeeper {
  /** Keeps the password given in this address, if any. */
  keep(url: string): void;
  /** The address to connect with: a kept password put back into an address without one. */
  fill(url: string): string;
  /** Forgets the kept password (the desk left its center). */
  forget(): void;
}

/** Browser mode: nothing kept beyond this run. */
export const runOnlyPasswords: CenterPasswordKeeper = { keep: () => {}, fill: (url) => url, forget: () => {} };

/** The desk's center as the door holds it. */
export interface CenterJoined {
  server: string;
  desk: string;
  /** Whether the center answered when the desk joined. */
  reachable: boolean;
}

/**
 * What a door lends the handlers to join or leave a center while the desk runs (#19): the door owns
 * the timers and connections, the handlers decide (role, validation, refusals, audit, settings).
 */
export interface CenterControl {
  /** The center this desk is joined to now, or null. */
  current(): CenterJoined | null;
  /** Joins the running desk; a center that does not answer within the timeout is not joined (reachable: false) and nothing is kept. */
  join(url: string, desk: string): Promise<CenterJoined>;
  /** Stops the link, takes it off the core and forgets the kept password. */
  leave(): Promise<void>;
}

export interface DoorCenterControl extends CenterControl {
  /** `--center URL --desk NAME` at start, before the store opens (a new desk takes the center's copy of the day). */
  joinAtStart(url: string, desk: string): Promise<CenterJoined>;
  /** Called with each core the desk opens (openDesk's onCore): the core gets this control and the link, if joined. */
  attach(core: Core): void;
  /** After the store opened: a desk started without --center joins the center remembered in its settings (offline if it does not answer). */
  rejoinRemembered(): Promise<CenterJoined | null>;
  /** The door stops: the link and the center's connections close. */
  close(): Promise<void>;
}

export interface CenterControlOptions {
  dbPath: string;
  clock: Clock;
  passwords?: CenterPasswordKeeper;
  /** Connect and statement timeout at the center (default 3000 ms). */
  timeoutMs?: number;
  log?(message: string): void;
}

/** A join asked while the desk is joined already (or a join still running decided so first). */
export class AlreadyJoined extends Error {
  constructor(readonly server: string) {
    super(`This desk is already joined to ${server}.`);
    this.name = 'AlreadyJoined';
  }
}

/** The one center control both doors (desktop window, browser mode) build: joinCenter's pieces, kept per door across reopened cores. */
export function createCenterControl(o: CenterControlOptions): DoorCenterControl {
  const passwords = o.passwords ?? runOnlyPasswords;
  const log = o.log ?? (() => {});
  let core: Core | null = null;
  let joined: { join: CenterJoin; view: CenterJoined } | null = null;
  /** Joins and leaves run one at a time (two managers clicking at once get one link). */
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => {});
    return run;
  };

  const open = async (url: string, desk: string) => {
    const join = await joinCenter({ url: passwords.fill(url), desk, dbPath: core?.store.path ?? o.dbPath, clock: o.clock, log, ...(o.timeoutMs ? { timeoutMs: o.timeoutMs } : {}) });
    return { join, view: { server: join.server, desk, reachable: join.reachable } };
  };
  const attachLink = () => {
    if (core && joined) joined.join.attach(core);
  };

  const control: DoorCenterControl = {
    current: () => joined?.view ?? null,

    join: (url, desk) =>
      serially(async () => {
        if (joined) throw new AlreadyJoined(joined.view.server);
        const opened = await open(url, desk);
        if (!opened.view.reachable) {
          await opened.join.close();
          return opened.view;
        }
        passwords.keep(url);
        joined = opened;
        attachLink();
        return opened.view;
      }),

    leave: () =>
      serially(async () => {
        const was = joined;
        joined = null;
        if (core) delete core.centerLink;
        await was?.join.close();
        passwords.forget();
      }),

    async joinAtStart(url, desk) {
      passwords.keep(url);
      joined = await open(url, desk);
      return joined.view;
    },

    attach(c) {
      core = c;
      c.centerControl = control;
      attachLink();
    },

    async rejoinRemembered() {
      if (joined || !core) return null;
      const url = await readSetting(core.store.db, CENTER_URL_SETTING);
      const desk = await readSetting(core.store.db, CENTER_DESK_SETTING);
      if (!url || !desk) return null;
      joined = await open(url, desk);
      attachLink();
      return joined.view;
    },

    async close() {
      await joined?.join.close();
    },
  };
  return control;
}
