/**
 * #17.1: every verdict names every rule it used. The engine's context records, in order, the rule
 * of every profile parameter a decision reads (shared/rules/param-rules.ts) and every check it
 * consults; the verdict's ruleIds must be exactly those rules plus the rules its reasons state.
 * Requests: every documented example of docs/rules.md, under every profile, with `now`, instants,
 * dates and booleans of the facts varied by fast-check.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideTraced } from '../../electron/rules/engine';
import { profileIds } from '../../shared/rules/profile-ids';
import type { DecisionRequest } from '../../shared/rules/requests';
import { env } from './helpers';

const doc = readFileSync(fileURLToPath(new URL('../../docs/rules.md', import.meta.url)), 'utf8');
const seeds: Record<string, unknown>[] = [...doc.matchAll(/```json request\n([\s\S]*?)```/g)].flatMap((m) => {
  const parsed = JSON.parse(m[1] as string) as Record<string, unknown> | Record<string, unknown>[];
  return Array.isArray(parsed) ? parsed : [parsed];
});

const INSTANT = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Shift every instant and date of `value` by `days` (+ `minutes`), flip booleans where `flips` says. */
function vary(value: unknown, days: number, minutes: number, flips: number, counter = { i: 0 }): unknown {
  if (typeof value === 'string') {
    if (INSTANT.test(value)) return new Date(Date.parse(value) + days * 86_400_000 + minutes * 60_000).toISOString();
    if (DATE.test(value)) return new Date(Date.parse(`${value}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    return value;
  }
  if (typeof value === 'boolean') return (flips >> (counter.i++ % 16)) & 1 ? !value : value;
  if (Array.isArray(value)) return value.map((v) => vary(v, days, minutes, flips, counter));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, vary(v, days, minutes, flips, counter)]));
  return value;
}

function check(request: DecisionRequest): void {
  const { result, rulesRead } = decideTraced(request, env);
  if ('error' in result) return;
  const stated = [...result.reasons, ...result.reminders].map((r) => r.ruleId);
  const expected = new Set([...rulesRead, ...stated]);
  expect({ decision: result.decision, profile: request.profile, outcome: result.messageKey, ruleIds: [...new Set(result.ruleIds)].sort() }, JSON.stringify(request)).toEqual({
    decision: result.decision,
    profile: request.profile,
    outcome: result.messageKey,
    ruleIds: [...expected].sort(),
  });
  // In the order applied: a rule read before another is named before it.
  const order = rulesRead.filter((id) => result.ruleIds.includes(id));
  expect(
    result.ruleIds.filter((id) => order.includes(id)),
    JSON.stringify(request),
  ).toEqual(order);
}

describe('#17.1 every verdict names every rule it read (tracking context)', () => {
  it('documents enough examples to vary', () => expect(seeds.length).toBeGreaterThanOrEqual(20));

  it('for each documented decision under each profile, the ruleIds named equal the rules read (plus those its reasons state), in order', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...seeds),
        fc.constantFrom(...profileIds),
        fc.integer({ min: -400, max: 400 }),
        fc.integer({ min: -24 * 60, max: 24 * 60 }),
        fc.integer({ min: 0, max: 0xffff }),
        (seed, profile, days, minutes, flips) => {
          check({ ...(vary(seed, days, minutes, flips) as object), profile } as DecisionRequest);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('ORD-1 is named whenever an order’s validity is relied on, CAT-4 whenever the lifecycle is consulted', () => {
    const { result } = decideTraced(
      {
        decision: 'book',
        profile: 'tencent-test-center',
        now: '2026-11-01T10:00:00+08:00',
        facts: { start: '2026-12-05T09:00:00+08:00', order: { paidAt: '2026-10-01T10:00:00+08:00' }, subject: { stopSale: '2027-01-01' } },
      },
      env,
    );
    expect(result).toMatchObject({ outcome: 'allowed' });
    expect(result).toMatchObject({ ruleIds: expect.arrayContaining(['ORD-1', 'CAT-4']) });
  });
});
