import { describe, expect, test } from 'vitest';
import { contract, type Contract } from '../../shared/ipc/contract';
import { deskHandlers } from '../../electron/app/build-registry';
import type { HandlerMap } from '../../electron/core/registry';

/*
 * Type-level half (checked by `tsc -b`, which covers test/**): the composed map satisfies
 * HandlerMap<Contract>, and the same map without one channel's handler does not. If a missing
 * handler ever stopped failing the type check, the @ts-expect-error below would itself fail tsc.
 */
const { 'accounts.status': _dropped, ...withoutOne } = deskHandlers;
// @ts-expect-error a handler map missing 'accounts.status' does not satisfy HandlerMap<Contract>
const incomplete: HandlerMap<Contract> = withoutOne;
const complete: HandlerMap<Contract> = deskHandlers;

describe('the composition root (electron/app)', () => {
  test('the composed handler map has exactly one handler per channel of the contract', () => {
    expect(Object.keys(deskHandlers).sort()).toEqual(Object.keys(contract).sort());
    expect(Object.values(complete).every((h) => typeof h === 'function')).toBe(true);
  });

  test('the map without one handler really lacks it (what the @ts-expect-error above is about)', () => {
    expect(_dropped).toBeTypeOf('function');
    expect('accounts.status' in incomplete).toBe(false);
  });
});
