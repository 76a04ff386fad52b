import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { claimOnline, claimReplay, listCheckins, releaseClaim, type ClaimAnswer } from '../../electron/centerserver/ledger-repo';
import { listConflicts } from '../../electron/centerserver/conflicts-repo';
import { claim, DIALECTS, ledgerInvariants, SLOW, useCenterLegs } from './center-legs';

const legs = useCenterLegs();

/** Six admissions of three appointments from two desks: nonce i always names appointment i % 3 at desk i % 2. */
const CODES = ['A0', 'A1', 'A2'];
const nonceCode = (i: number) => CODES[i % 3]!;
const op = fc.record({ kind: fc.constantFrom('online', 'replay', 'release'), i: fc.integer({ min: 0, max: 5 }) });

/** What the center must answer, from a model of its two tables. */
function expected(model: { checkins: Map<string, string>; conflicts: Map<string, string> }, kind: 'online' | 'replay', nonce: string, code: string): ClaimAnswer | { result: 'conflict'; repeat: boolean } {
  if (model.checkins.get(code) === nonce) return { result: 'admitted', repeat: true };
  if (model.conflicts.has(nonce)) return { result: 'conflict', repeat: true };
  if (!model.checkins.has(code)) {
    model.checkins.set(code, nonce);
    return { result: 'admitted', repeat: false };
  }
  if (kind === 'online') return { result: 'taken', by: expect.any(Object) as never };
  model.conflicts.set(nonce, code);
  return { result: 'conflict', repeat: false };
}

describe.each(DIALECTS)('the center ledger as a model on %s (DAY-8 across desks, #19)', (dialect) => {
  test(
    'DAY-8: any sequence of online claims, replays (repeated) and releases answers as the model says; one admission per appointment, every nonce exactly once among admissions and conflicts, the chain verifies',
    { timeout: SLOW * 2 },
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 14 }), async (ops) => {
          const db = await legs.open(dialect);
          const model = { checkins: new Map<string, string>(), conflicts: new Map<string, string>() };
          for (const { kind, i } of ops) {
            const nonce = `nonce-${i}`;
            const code = nonceCode(i);
            const desk = `desk-${i % 2}`;
            if (kind === 'release') {
              const held = model.checkins.get(code) === nonce;
              if (held) model.checkins.delete(code);
              expect(await releaseClaim(db, code, nonce, desk, '2026-11-30T09:00:00.000Z')).toBe(held);
              continue;
            }
            const c = claim(code, { nonce, desk, offline: kind === 'replay' });
            const answer = await (kind === 'online' ? claimOnline(db, c) : claimReplay(db, c));
            expect(answer).toMatchObject(expected(model, kind, nonce, code));
          }
          expect(new Map((await listCheckins(db)).map((r) => [r.admission_code, r.nonce]))).toEqual(model.checkins);
          expect(new Map((await listConflicts(db)).map((r) => [r.second.nonce, r.admissionCode]))).toEqual(model.conflicts);
          expect(await ledgerInvariants(db)).toMatchObject({ nonceTwice: [], chain: { ok: true } });
          await db.destroy();
        }),
        { numRuns: dialect === 'sqlite' ? 60 : 12 },
      );
    },
  );
});
