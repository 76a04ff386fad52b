import { join } from 'node:path';
import { hashPassword } from '../../electron/accounts/password';
import { insertOperator, toInfo } from '../../electron/accounts/operators-repo';
import { buildRegistry } from '../../electron/app/build-registry';
import { manualClock } from '../../electron/core/clock';
import type { Core } from '../../electron/core/context';
import { createCore } from '../../electron/app/create-core';
import { chromiumPrinter } from '../../electron/rosters/chromium-printer';
import type { Caller } from '../../electron/core/session';
import type { OperatorInfo } from '../../shared/accounts/contract';

export interface TestDesk {
  core: Core;
  registry: ReturnType<typeof buildRegistry>;
  clock: ReturnType<typeof manualClock>;
  /** A caller signed in with the given role (operators are created on first use). */
  as(role: 'proctor' | 'manager' | null): Promise<Caller>;
  close(): Promise<void>;
}

let hashCache: string | null = null;

/** A real SQLite file in `dir`, the real registry, and a settable clock. */
export async function openTestDesk(dir: string, start = new Date('2026-12-05T00:30:00Z')): Promise<TestDesk> {
  const clock = manualClock(start);
  const core = await createCore(join(dir, 'desk.sqlite'), { clock, printer: chromiumPrinter() });
  const registry = buildRegistry(core);
  const operators = new Map<string, OperatorInfo>();
  let n = 0;
  return {
    core,
    registry,
    clock,
    async as(role) {
      const caller: Caller = { transport: 'test', clientId: `test-${++n}`, desk: 'desk-1' };
      if (role === null) return caller;
      let op = operators.get(role);
      if (!op) {
        hashCache ??= await hashPassword('test-password-1');
        op = toInfo(
          await insertOperator(core.store.db, {
            username: `${role}-test`,
            displayName: role,
            role,
            passwordHash: hashCache,
            at: clock.now().toISOString(),
          }),
        );
        operators.set(role, op);
      }
      core.sessions.signIn(caller.clientId, op);
      return caller;
    },
    close: () => core.store.close(),
  };
}
