import { describe, expect, test } from 'vitest';
import type { AdmitResult } from '../../../shared/checkin/types';
import { admitVia, canAdmit, checkIdentity, dayCandidates, sameCandidate, useCenterScenario, valueOf, type DayCandidate } from './desks';
import { expectSettled } from './settled';

const scenario = useCenterScenario();

describe('#19 scenario: two desks race for every candidate of the day', () => {
  test('DAY-8 two desks admit each candidate of the demo day at the same time: exactly one admission each, the other desk answers already-admitted naming the first desk', async () => {
    const center = await scenario();
    // A generous timeout: neither desk may go offline because the machine is busy.
    const north = await center.join('north', { timeoutMs: 60_000 });
    const south = await center.join('south', { timeoutMs: 60_000 });
    const day = await dayCandidates(north);
    const starts = [...new Set(day.map((c) => c.startsAt))];
    const raced: { admissionCode: string; winner: string }[] = [];

    for (const startsAt of starts) {
      // DAY-1: the desks' clocks 40 minutes before the session, inside its check-in window.
      for (const d of [north, south]) d.desk.clock.set(new Date(Date.parse(startsAt) - 40 * 60_000));
      const pairs: [DayCandidate, DayCandidate][] = [];
      for (const n of day.filter((c) => c.startsAt === startsAt)) {
        const s = await sameCandidate(south, n);
        const checked = await checkIdentity(north, n);
        expect(await checkIdentity(south, s), `${n.admissionCode} checked at both desks alike`).toBe(checked);
        const admissible = checked && (await canAdmit(north, n));
        expect(await canAdmit(south, s), `${n.admissionCode} admissible at both desks alike`).toBe(admissible);
        if (admissible) pairs.push([n, s]);
      }
      const answers = await Promise.all(pairs.map(([n, s]) => Promise.all([admitVia(north, n), admitVia(south, s)])));
      answers.forEach(([rn, rs], i) => {
        const [n] = pairs[i]!;
        const an: AdmitResult = valueOf(north, rn);
        const as: AdmitResult = valueOf(south, rs);
        const statuses = [an.status, as.status].sort();
        expect(statuses, n.admissionCode).toEqual(['admitted', 'already-admitted']);
        const winner = an.status === 'admitted' ? 'north' : 'south';
        const loser = an.status === 'admitted' ? as : an;
        expect(loser, n.admissionCode).toMatchObject({ status: 'already-admitted', desk: winner, by: '李监考', sameRequest: false });
        raced.push({ admissionCode: n.admissionCode, winner });
      });
    }

    // Most of the day is admissible by the rules (the demo also has expired orders and a retired subject).
    expect(raced.length).toBeGreaterThan(day.length / 2);
    const rows = await center.admin.selectFrom('center_checkins').select(['admission_code', 'desk']).orderBy('admission_code').execute();
    expect(rows.map((r) => [r.admission_code, r.desk])).toEqual(raced.map((r) => [r.admissionCode, r.winner]).sort(([a], [b]) => (a! < b! ? -1 : 1)));
    for (const d of [north, south]) {
      const local = await d.desk.core.store.db.selectFrom('check_ins as ci').innerJoin('appointments as a', 'a.id', 'ci.appointment_id').select('a.admission_code').orderBy('a.admission_code').execute();
      expect(
        local.map((r) => r.admission_code),
        `desk ${d.name} wrote exactly the admissions it won`,
      ).toEqual(
        raced
          .filter((r) => r.winner === d.name)
          .map((r) => r.admissionCode)
          .sort(),
      );
    }
    expect(await expectSettled(center)).toEqual({ admissions: raced.length, conflicts: 0 });
  });
});
