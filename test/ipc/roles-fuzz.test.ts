import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { generateDemo } from '../../electron/demo/demo-day';
import { contract } from '../../shared/ipc/contract';
import type { AnyChannel } from '../../shared/ipc/channel';
import { rowCounts } from '../support/row-counts';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const tempDir = useTempDir();

/** Values that often satisfy a field: ids of demo rows, real dates, instants, short texts. */
const fieldValue = fc.oneof(
  fc.integer({ min: -2, max: 200 }),
  fc.constantFrom('2026-12-05', '2026-02-30', '2026-12-05T08:20:00+08:00', 'theory', 'lab', 'csv', 'attendance', 'CN_ID', '', 'x'.repeat(600)),
  fc.string({ maxLength: 12 }),
  fc.boolean(),
  fc.constant(null),
  fc.uuid(),
);

/** Payloads shaped like the channel's request (its keys with plausible values) and plain garbage. */
function payloads(spec: AnyChannel) {
  const shape = spec.request instanceof z.ZodObject ? Object.keys((spec.request as z.ZodObject).shape) : [];
  const shaped = shape.length ? fc.dictionary(fc.constantFrom(...shape), fieldValue, { maxKeys: shape.length }) : fc.constant({});
  return fc.oneof(shaped, fc.anything());
}

const channels = Object.entries(contract) as [string, AnyChannel][];

describe('every channel and every role (fuzz)', () => {
  test.each(channels.map(([n]) => n))(
    '%s: never crashes, refuses bad input with VALIDATION, an anonymous caller needs a sign-in, and a proctor never performs a manager action',
    async (name) => {
      const spec = contract[name as keyof typeof contract] as AnyChannel;
      const desk = await openTestDesk(tempDir(), new Date('2026-12-05T00:20:00Z'));
      await generateDemo(desk.core.store, { date: '2026-12-05', hashKey: desk.core.hashKey });
      await fc.assert(
        fc.asyncProperty(fc.constantFrom('anonymous', 'proctor', 'manager'), payloads(spec), async (role, payload) => {
          // Every payload starts from a freshly signed-in, unlocked client: a valid earlier payload
          // may have locked the desk, signed out, or reset the caller's own password (which ends
          // every session of that operator).
          const caller = await desk.as(role === 'anonymous' ? null : role);
          const before = role === 'proctor' && spec.role === 'manager' ? await rowCounts(desk.core) : null;
          const r = await desk.registry.invoke(name, payload, caller);
          if (!r.ok) expect(r.error.code).not.toBe('INTERNAL');
          if (role === 'anonymous' && spec.role !== 'public') expect(r).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
          else if (role === 'proctor' && spec.role === 'manager') {
            expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
            expect(await rowCounts(desk.core)).toEqual(before);
          } else if (!spec.request.safeParse(payload).success) {
            expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
          }
        }),
        { numRuns: 1000 },
      );
      await desk.close();
    },
    120_000,
  );
});
