import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide } from '../../electron/rules/engine';
import { nationalExamDate } from '../../electron/rules/national-exam';
import type { DecisionRequest } from '../../shared/rules/requests';
import type { Verdict } from '../../shared/rules/verdict';
import { addDays, lastWeekdayOfMonth, weekdayOf } from '../../shared/time/dates';
import { env } from './helpers';

const iso = (ms: number) => new Date(ms).toISOString();
const ms = (s: string) => Date.parse(s);
const fenOf = (v: Verdict, name: string): number | null => {
  const f = v.numbers[name];
  return f && f.kind === 'fen' ? f.fen : null;
};
const asVerdict = (r: DecisionRequest): Verdict | null => {
  const out = decide(r, env);
  return 'error' in out ? null : out;
};

/** Instants in the test-center era (2025-04-01 .. 2026-11-30), whole seconds. */
const tcInstant = fc.integer({ min: ms('2025-04-01T00:00:00+08:00') / 1000, max: ms('2026-11-30T00:00:00+08:00') / 1000 }).map((s) => s * 1000);
const payments = fc.array(fc.record({ method: fc.constantFrom('cash', 'gift', 'card', 'wallet'), fen: fc.integer({ min: 0, max: 5_000_000 }) }), { minLength: 1, maxLength: 4 });

describe('property: refunds never exceed what was paid in money (coupons never refunded)', () => {
  it('PAY-1 PAY-2 PAY-5 CAT-4 exam refunds stay within the money paid, per method too', () => {
    let refunds = 0;
    fc.assert(
      fc.property(
        tcInstant,
        fc.integer({ min: 0, max: 400 * 86_400 }),
        payments,
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.boolean(),
        fc.boolean(),
        fc.record({ unused: fc.nat(10), bound: fc.nat(3), completed: fc.nat(10) }),
        fc.constantFrom('tencent-test-center', 'tencent-practitioner'),
        fc.boolean(),
        fc.option(fc.integer({ min: 0, max: 500 }).map((d) => d)),
        (paidAt, after, pays, couponFen, enterprise, hasAppointment, codes, profile, platformFault, stopAfterDays) => {
          const total = codes.unused + codes.bound + codes.completed;
          const r: DecisionRequest = {
            decision: 'refund-exam',
            profile,
            now: iso(paidAt + after * 1000),
            facts: {
              order: { paidAt: iso(paidAt), payments: pays, couponFen, enterprise, codes: { ...codes, total } },
              hasAppointment,
              platformFault,
              ...(stopAfterDays !== null ? { subject: { stopService: addDays(iso(paidAt).slice(0, 10), stopAfterDays) } } : {}),
            },
          };
          const v = asVerdict(r);
          if (!v) return;
          const paid = pays.reduce((s, p) => s + p.fen, 0);
          const refund = fenOf(v, 'refundFen');
          if (refund === null) return;
          refunds += 1;
          expect(refund).toBeGreaterThanOrEqual(0);
          expect(refund).toBeLessThanOrEqual(paid);
          let sum = 0;
          pays.forEach((p) => {
            const share = fenOf(v, `refund.${p.method}`);
            expect(share).not.toBeNull();
          });
          const methods = [...new Set(pays.map((p) => p.method))];
          for (const m of methods) {
            const share = fenOf(v, `refund.${m}`) as number;
            const paidBy = pays.filter((p) => p.method === m).reduce((s, p) => s + p.fen, 0);
            expect(share).toBeLessThanOrEqual(paidBy);
          }
          for (const m of methods) sum += fenOf(v, `refund.${m}`) as number;
          // Duplicate method names overwrite one figure each; with distinct methods the shares add up.
          if (methods.length === pays.length) expect(sum).toBe(refund);
          expect(fenOf(v, 'couponKeptFen')).toBe(couponFen);
        },
      ),
      { numRuns: 300 },
    );
    expect(refunds).toBeGreaterThan(30);
  });

  it('PAY-4 training refunds stay within the money paid', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: -10, max: 60 }), fc.integer({ min: 0, max: 100_000_000 }), fc.boolean(), fc.boolean(), (dayOffset, lead, paidFen, classCancelled, deferred) => {
        const requestDate = addDays('2025-01-02', dayOffset);
        const v = asVerdict({
          decision: 'refund-training',
          profile: 'training-f2f',
          now: `${requestDate}T10:00:00+08:00`,
          facts: { classStart: addDays(requestDate, lead), paidFen, classCancelled, deferred, couponFen: 500 },
        });
        if (!v) return;
        const refund = fenOf(v, 'refundFen');
        if (refund !== null) {
          expect(refund).toBeGreaterThanOrEqual(0);
          expect(refund).toBeLessThanOrEqual(paidFen);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('property: a change allowed at t is allowed at every earlier time', () => {
  const cases = [
    { profile: 'tencent-test-center', decision: 'reschedule', from: '2025-06-01', to: '2026-11-30' },
    { profile: 'tencent-test-center', decision: 'cancel', from: '2025-06-01', to: '2026-11-30' },
    { profile: 'tencent-national-exam', decision: 'reschedule', from: '2019-01-01', to: '2025-03-20' },
    { profile: 'tencent-authorized-center', decision: 'reschedule', from: '2019-01-01', to: '2025-03-20' },
    { profile: 'tencent-authorized-center', decision: 'cancel', from: '2019-01-01', to: '2025-03-20' },
  ] as const;
  for (const c of cases)
    it(`BOOK-1 BOOK-2 BOOK-4 BOOK-5 ${c.profile} ${c.decision}: monotone in time`, () => {
      let allowed = 0;
      fc.assert(
        fc.property(
          fc.integer({ min: ms(`${c.from}T00:00:00Z`) / 60_000, max: ms(`${c.to}T00:00:00Z`) / 60_000 }),
          fc.integer({ min: 0, max: 40 * 24 * 60 }),
          fc.integer({ min: 1, max: 40 * 24 * 60 }),
          fc.boolean(),
          fc.nat(1),
          (startMin, beforeMin, earlierMin, bookedBeforePayment, deferralsUsed) => {
            const start = startMin * 60_000;
            const t = start - beforeMin * 60_000;
            const earlier = t - earlierMin * 60_000;
            const req = (now: number): DecisionRequest =>
              ({
                decision: c.decision,
                profile: c.profile,
                now: iso(now),
                facts: {
                  start: iso(start),
                  ...(c.decision === 'reschedule' ? { deferralsUsed } : {}),
                  ...(c.profile === 'tencent-test-center' ? { order: { paidAt: iso(start - 60 * 86_400_000), bookedBeforePayment } } : {}),
                },
              }) as DecisionRequest;
            const later = asVerdict(req(t));
            if (later?.outcome !== 'allowed') return;
            allowed += 1;
            const before = asVerdict(req(earlier));
            expect(before?.outcome).toBe('allowed');
          },
        ),
        { numRuns: 250 },
      );
      expect(allowed).toBeGreaterThan(25);
    });
});

describe('property: the national exam date', () => {
  it('BOOK-3 is always a Saturday of its month: the last one, or the one before when that is a holiday', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2004, max: 2026 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const exam = nationalExamDate(env.calendar, year, month);
        const last = lastWeekdayOfMonth(year, month, 6);
        expect(weekdayOf(exam.date)).toBe(6);
        expect(exam.date.slice(0, 7)).toBe(`${year}-${String(month).padStart(2, '0')}`);
        if (env.calendar.isPublicHoliday(last)) expect(exam.date).toBe(addDays(last, -7));
        else expect(exam.date).toBe(last);
      }),
      { numRuns: 276 },
    );
  });
});

describe('property: coupon prices stay within [0, price]', () => {
  it('PAY-6 fixed and percentage coupons', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.oneof(
          fc.record({ kind: fc.constant('fixed' as const), valueFen: fc.integer({ min: 0, max: 200_000_000 }) }),
          fc.record({ kind: fc.constant('percent' as const), percent: fc.integer({ min: 0, max: 10_000 }).map((b) => b / 100) }),
        ),
        (priceFen, coupon) => {
          const v = asVerdict({ decision: 'coupon', profile: 'ctyun', now: '2026-01-01T00:00:00Z', facts: { priceFen, coupon } });
          expect(v?.outcome).toBe('allowed');
          const final = fenOf(v as Verdict, 'finalFen') as number;
          expect(Number.isInteger(final)).toBe(true);
          expect(final).toBeGreaterThanOrEqual(0);
          expect(final).toBeLessThanOrEqual(priceFen);
          expect(fenOf(v as Verdict, 'discountFen')).toBe(priceFen - final);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('property: verdicts do not depend on facts the rule does not read', () => {
  const junk = fc.dictionary(
    fc.string({ minLength: 1, maxLength: 8 }).filter((k) => !['__proto__', 'constructor'].includes(k)),
    fc.jsonValue(),
    { maxKeys: 4 },
  );
  const keyOf = (v: Verdict | null) => JSON.stringify(v);

  it('DAY-3 DAY-5 identity: check digit and staff check are not read for non-mainland documents', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('HK_MO_PERMIT', 'TW_PERMIT', 'PASSPORT', 'OTHER'),
        fc.constantFrom('exact', 'pinyin', 'mismatch'),
        fc.boolean(),
        fc.option(fc.boolean()),
        fc.option(fc.constantFrom('passed', 'failed', 'pending')),
        fc.option(fc.boolean()),
        fc.option(fc.constantFrom('passed', 'failed', 'pending')),
        (documentType, nameMatch, photoMatches, cd1, sc1, cd2, sc2) => {
          const req = (checkDigitValid: boolean | null, staffCheck: string | null) =>
            ({
              decision: 'identity-document',
              profile: 'tencent-test-center',
              now: '2026-12-05T08:00:00+08:00',
              facts: {
                documentType,
                expiryDate: '2030-01-01',
                originalPresented: true,
                nameMatch,
                photoMatches,
                ...(checkDigitValid === null ? {} : { checkDigitValid }),
                ...(staffCheck === null ? {} : { staffCheck }),
              },
            }) as DecisionRequest;
          expect(keyOf(asVerdict(req(cd1, sc1)))).toBe(keyOf(asVerdict(req(cd2, sc2))));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('BOOK-6 CTyun booking does not read order, subject lifecycle or change facts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 600 }),
        fc.record({ attemptsUsed: fc.nat(5), refunded: fc.boolean(), bookedBeforePayment: fc.boolean() }),
        fc.record({ stopSale: fc.constantFrom('2020-01-01', '2030-01-01'), stopService: fc.constantFrom('2020-01-01', '2030-01-01') }),
        junk,
        (minutesBefore, order, subject, extra) => {
          const base = { decision: 'book', profile: 'ctyun', now: '2026-12-05T10:00:00+08:00' } as const;
          const start = iso(ms('2026-12-05T10:00:00+08:00') + minutesBefore * 60_000);
          const plain = asVerdict({ ...base, facts: { start } });
          const noisy = asVerdict({ ...base, facts: { start, order, subject, ...extra } } as DecisionRequest);
          expect(keyOf(noisy)).toBe(keyOf(plain));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('BOOK-1 test-center reschedule does not read legacy deferral facts or unknown keys', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 * 24 * 60 }), fc.nat(3), fc.boolean(), junk, (beforeMin, deferralsUsed, isRetake, extra) => {
        const start = ms('2026-12-05T13:30:00+08:00');
        const base = { decision: 'reschedule', profile: 'tencent-test-center', now: iso(start - beforeMin * 60_000) } as const;
        const plain = asVerdict({ ...base, facts: { start: iso(start) } });
        const noisy = asVerdict({ ...base, facts: { start: iso(start), deferralsUsed, isRetake, ...extra } } as DecisionRequest);
        expect(keyOf(noisy)).toBe(keyOf(plain));
      }),
      { numRuns: 200 },
    );
  });

  it('DAY-1 CTyun admission does not read the subject lifecycle (no CAT-4 in that profile)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -120, max: 120 }), fc.constantFrom('2020-01-01', '2026-12-04', '2030-01-01'), (minutes, stopService) => {
        const start = ms('2026-12-05T09:00:00+08:00');
        const base = { decision: 'admission', profile: 'ctyun', now: iso(start + minutes * 60_000) } as const;
        const facts = { start: iso(start), appointmentState: 'booked' as const };
        expect(keyOf(asVerdict({ ...base, facts: { ...facts, subject: { stopService } } }))).toBe(keyOf(asVerdict({ ...base, facts })));
      }),
      { numRuns: 150 },
    );
  });
});
