import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { Registry } from '../../electron/core/registry';
import { contract } from '../../shared/ipc/contract';
import { channel } from '../../shared/ipc/channel';
import { composeContract } from '../../shared/ipc/compose';
import { rowCounts } from '../support/row-counts';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const tempDir = useTempDir();
const channelNames = Object.keys(contract);

describe('IPC registry', () => {
  test.each(channelNames)('%s: a malformed payload gets {ok:false, VALIDATION} and writes nothing', async (name) => {
    const desk = await openTestDesk(tempDir());
    const manager = await desk.as('manager');
    const before = await rowCounts(desk.core);
    const spec = contract[name as keyof typeof contract];
    await fc.assert(
      fc.asyncProperty(
        fc.anything().filter((p) => !spec.request.safeParse(p).success),
        async (payload) => {
          const r = await desk.registry.invoke(name, payload, manager);
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.error.code).toBe('VALIDATION');
        },
      ),
      { numRuns: 200 },
    );
    expect(await rowCounts(desk.core)).toEqual(before);
    await desk.close();
  });

  test('an unknown channel is refused', async () => {
    const desk = await openTestDesk(tempDir());
    const caller = await desk.as('manager');
    for (const name of ['nope', '__proto__', 'constructor', 'toString', 42, null]) {
      const r = await desk.registry.invoke(name, {}, caller);
      expect(r).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
    await desk.close();
  });

  test('a duplicate handler registration fails at start', async () => {
    const desk = await openTestDesk(tempDir());
    const registry = new Registry(contract, desk.core);
    registry.register('accounts.status', () => ({ needsSetup: false, operator: null, locked: false, lockMinutes: 5 }));
    expect(() => registry.register('accounts.status', () => ({ needsSetup: false, operator: null, locked: false, lockMinutes: 5 }))).toThrow(/registered twice/);
    expect(() => registry.assertComplete()).toThrow(/without a handler/);
    await desk.close();
  });

  test('a channel name declared by two domains fails when the contract is composed', () => {
    const a = { 'x.y': channel<null>()({ request: z.object({}), role: 'public' }) };
    const b = { 'x.y': channel<null>()({ request: z.object({}), role: 'proctor' }) };
    expect(() => composeContract(a, b)).toThrow(/declared twice/);
  });

  test('a channel that needs an operator refuses an anonymous caller, and a proctor is refused a manager channel', async () => {
    const desk = await openTestDesk(tempDir());
    const anonymous = await desk.as(null);
    const r = await desk.registry.invoke('today.overview', {}, anonymous);
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    const proctor = await desk.as('proctor');
    const managerOnly = Object.entries(contract).filter(([, s]) => s.role === 'manager');
    for (const [name] of managerOnly) {
      const res = await desk.registry.invoke(name, {}, proctor);
      expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    await desk.close();
  });

  test('a handler that throws unexpectedly answers INTERNAL as a value, not an exception', async () => {
    const desk = await openTestDesk(tempDir());
    const c = { 'boom.now': channel<null>()({ request: z.object({}), role: 'public' }) };
    const registry = new Registry(c, desk.core, () => undefined);
    registry.register('boom.now', () => {
      throw new Error('kaput');
    });
    const r = await registry.invoke('boom.now', {}, await desk.as(null));
    expect(r).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.any(String) } });
    await desk.close();
  });
});
