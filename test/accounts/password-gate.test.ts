import { describe, expect, test } from 'vitest';
import { KeyedMutex, Semaphore } from '../../electron/accounts/password-gate';

/** A promise released by hand: the tests wait for states, never for time. */
function deferred() {
  let release!: () => void;
  const promise = new Promise<void>((r) => (release = r));
  return { promise, release };
}

const settle = () => new Promise<void>((r) => setImmediate(r));

describe('#14.3 how password checks wait their turn', () => {
  test('the semaphore lets at most its limit run at once, the rest wait in arrival order, and every one runs', async () => {
    const gate = new Semaphore(2);
    const holds = Array.from({ length: 10 }, deferred);
    const started: number[] = [];
    const all = holds.map((h, i) =>
      gate.run(async () => {
        started.push(i);
        await h.promise;
        return i;
      }),
    );
    await settle();
    expect(started).toEqual([0, 1]);
    expect(gate.stats()).toMatchObject({ active: 2, peak: 2 });
    holds[1]!.release();
    await settle();
    expect(started).toEqual([0, 1, 2]);
    for (const h of holds) h.release();
    expect(await Promise.all(all)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(gate.stats()).toEqual({ active: 0, peak: 2, total: 10 });
  });

  test('a failing piece of work gives its permit back', async () => {
    const gate = new Semaphore(1);
    await expect(gate.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await gate.run(async () => 'next')).toBe('next');
    expect(gate.stats()).toMatchObject({ active: 0, total: 2 });
  });

  test('one key runs one piece of work at a time, in arrival order, even after a failure; another key does not wait', async () => {
    const q = new KeyedMutex();
    const hold = deferred();
    const log: string[] = [];
    const first = q.run('a', async () => {
      log.push('a1 start');
      await hold.promise;
      log.push('a1 end');
      throw new Error('a1 failed');
    });
    const second = q.run('a', async () => {
      log.push('a2');
      return 2;
    });
    const other = q.run('b', async () => {
      log.push('b1');
      return 'b';
    });
    expect(await other).toBe('b');
    expect(log).toEqual(['a1 start', 'b1']);
    hold.release();
    await expect(first).rejects.toThrow('a1 failed');
    expect(await second).toBe(2);
    expect(log).toEqual(['a1 start', 'b1', 'a1 end', 'a2']);
    await settle();
    expect(q.busyKeys()).toBe(0);
  });
});
