import { describe, expect, test } from 'vitest';
import { openCenterPg, migrateCenter } from '../../electron/centerserver/open-center';
import { claimOnline, claimReplay, listCheckins, type ClaimAnswer } from '../../electron/centerserver/ledger-repo';
import { listConflicts } from '../../electron/centerserver/conflicts-repo';
import { listCenterAudit } from '../../electron/centerserver/center-audit-repo';
import { claim, ledgerInvariants, SLOW, useCenterLegs } from './center-legs';

const legs = useCenterLegs();
const CODES = Array.from({ length: 200 }, (_, i) => `R${String(i).padStart(4, '0')}`);

describe('two desks race at one PostgreSQL center (DAY-8 across desks, #19)', () => {
  test('DAY-8: two desks (two pools) claim each of 200 appointments at once: exactly one admission per appointment, the other desk is told it is taken, and the chain verifies', { timeout: SLOW }, async () => {
    const url = await legs.pgUrl();
    const generous = { connectTimeoutMs: 60_000, queryTimeoutMs: 120_000, max: 4 };
    const deskA = legs.track(openCenterPg(url, generous));
    const deskB = legs.track(openCenterPg(url, generous));
    await migrateCenter(deskA, 'postgres');

    const race = (desk: 'desk-a' | 'desk-b', db: typeof deskA) => CODES.map((code) => claimOnline(db, claim(code, { desk, operator: `${desk}-proctor` })).then((answer) => ({ code, desk, answer })));
    const answers = await Promise.all([...race('desk-a', deskA), ...race('desk-b', deskB)]);

    const byCode = new Map<string, { desk: string; answer: ClaimAnswer }[]>();
    for (const a of answers) byCode.set(a.code, [...(byCode.get(a.code) ?? []), a]);
    const checkins = new Map((await listCheckins(deskA)).map((c) => [c.admission_code, c]));
    expect(checkins.size).toBe(200);
    for (const code of CODES) {
      const both = byCode.get(code)!;
      const winners = both.filter((a) => a.answer.result === 'admitted');
      const losers = both.filter((a) => a.answer.result === 'taken');
      expect(winners, code).toEqual([{ code, desk: winners[0]!.desk, answer: { result: 'admitted', repeat: false } }]);
      expect(losers, code).toHaveLength(1);
      // The loser is told who admitted: the desk the center holds.
      expect(checkins.get(code)!.desk, code).toBe(winners[0]!.desk);
      expect(losers[0]!.answer, code).toMatchObject({ result: 'taken', by: { desk: winners[0]!.desk, operator: `${winners[0]!.desk}-proctor` } });
    }
    expect(await listCenterAudit(deskB, { limit: 1000 })).toHaveLength(200);
    expect(await ledgerInvariants(deskB)).toEqual({ nonceTwice: [], chain: { ok: true, length: 200 } });
  });

  test(
    'DAY-8: two desks that both admitted the same 100 candidates offline replay at once: one admission and one conflict per appointment, a second replay changes nothing, and the chain verifies',
    { timeout: SLOW },
    async () => {
      const url = await legs.pgUrl();
      const generous = { connectTimeoutMs: 60_000, queryTimeoutMs: 120_000, max: 4 };
      const deskA = legs.track(openCenterPg(url, generous));
      const deskB = legs.track(openCenterPg(url, generous));
      await migrateCenter(deskA, 'postgres');
      const codes = CODES.slice(0, 100);
      const outbox = (desk: string) => codes.map((code) => claim(code, { desk, offline: true, forced: desk === 'desk-b', overrideReason: desk === 'desk-b' ? 'not leased here' : null }));
      const a = outbox('desk-a');
      const b = outbox('desk-b');
      const replay = async () => Promise.all([...a.map((c) => claimReplay(deskA, c)), ...b.map((c) => claimReplay(deskB, c))]);
      const first = await replay();
      for (const [i, code] of codes.entries()) {
        const results = [first[i]!, first[i + codes.length]!].map((x) => ({ result: x.result, repeat: (x as { repeat?: boolean }).repeat }));
        expect(
          results.sort((x, y) => x.result.localeCompare(y.result)),
          code,
        ).toEqual([
          { result: 'admitted', repeat: false },
          { result: 'conflict', repeat: false },
        ]);
      }
      const again = await replay();
      expect(again.every((x) => (x as { repeat?: boolean }).repeat === true)).toBe(true);
      expect(await listCheckins(deskA)).toHaveLength(100);
      expect(await listConflicts(deskA, { open: true })).toHaveLength(100);
      expect(await ledgerInvariants(deskB)).toEqual({ nonceTwice: [], chain: { ok: true, length: 200 } });
    },
  );
});
