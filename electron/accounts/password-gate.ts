/**
 * How password checks wait their turn (#14.3). Each scrypt check holds 128 MiB, so a flood of
 * sign-ins must neither run them all at once (memory) nor let them all read "not locked yet" before
 * any failure is counted (the lockout would not hold). Two pieces:
 * - `Semaphore`: at most N scrypt derivations at once in this process (`scryptSlots`, used by
 *   password.ts for every hash and check), waiting in arrival order;
 * - `KeyedMutex`: one check at a time per account, so the failure counted by one check is read by
 *   the next. Sign-in, unlock and restore run their whole read-check-count under it.
 */

/** Counts permits handed out; `peak` and `total` are what tests look at (never wall time). */
export interface SlotStats {
  active: number;
  peak: number;
  total: number;
}

export class Semaphore {
  #active = 0;
  #peak = 0;
  #total = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error('A semaphore needs at least one permit');
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.#acquire();
    try {
      return await work();
    } finally {
      this.#release();
    }
  }

  stats(): SlotStats {
    return { active: this.#active, peak: this.#peak, total: this.#total };
  }

  /** Starts a fresh observation (the peak of what runs from now on). */
  resetStats(): void {
    this.#peak = this.#active;
    this.#total = 0;
  }

  #acquire(): Promise<void> {
    if (this.#active < this.limit) {
      this.#take();
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiting.push(() => (this.#take(), resolve())));
  }

  #take(): void {
    this.#active++;
    this.#total++;
    if (this.#active > this.#peak) this.#peak = this.#active;
  }

  #release(): void {
    this.#active--;
    const next = this.#waiting.shift();
    if (next) next();
  }
}

/** Runs work for one key at a time, in arrival order; different keys do not wait for each other. */
export class KeyedMutex {
  readonly #tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const before = this.#tails.get(key) ?? Promise.resolve();
    const mine = before.then(work, work);
    const tail = mine.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return mine;
  }

  /** Keys with work running or waiting (a test looks at it; the map empties itself). */
  busyKeys(): number {
    return this.#tails.size;
  }
}

/** At most this many scrypt derivations at once on the desk (2 × 128 MiB). */
export const MAX_PASSWORD_CHECKS_AT_ONCE = 2;

/** The desk process's scrypt permits: memory is per process, so the bound is too. */
export const scryptSlots = new Semaphore(MAX_PASSWORD_CHECKS_AT_ONCE);

const accountQueues = new WeakMap<object, KeyedMutex>();

/**
 * The per-account queue of one store (keyed by the store object, so two desks opened in one
 * process, as tests do, keep their own queues).
 */
export function accountQueue(scope: object): KeyedMutex {
  let q = accountQueues.get(scope);
  if (!q) {
    q = new KeyedMutex();
    accountQueues.set(scope, q);
  }
  return q;
}
