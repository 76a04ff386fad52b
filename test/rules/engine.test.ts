import { describe, expect, it } from 'vitest';
import { decide, decideAll } from '../../electron/rules/engine';
import { decisionRequestSchema } from '../../shared/rules/requests';
import { env, ruleError, verdict } from './helpers';

describe('decide(): errors are values, never guesses', () => {
  it('names an unknown profile', () => {
    const e = ruleError({ decision: 'coupon', profile: 'acme', now: '2026-01-01T00:00:00Z', facts: { priceFen: 1, coupon: { kind: 'fixed', valueFen: 1 } } });
    expect(e.code).toBe('UNKNOWN_PROFILE');
    expect(e.message).toMatch(/tencent-test-center/);
  });
  it('says when no version is in force for the request', () => {
    const e = ruleError({
      decision: 'order-expiry',
      profile: 'tencent-test-center',
      now: '2026-01-01T00:00:00Z',
      facts: { paidAt: '2025-03-31T23:59:59+08:00' },
    });
    expect(e.code).toBe('PROFILE_NOT_IN_FORCE');
  });
  it('says when a profile has no rule for the decision', () => {
    expect(ruleError({ decision: 'cancel', profile: 'ctyun', now: '2026-01-01T00:00:00Z', facts: { start: '2026-02-01T00:00:00Z' } }).code).toBe('NOT_APPLICABLE');
    expect(ruleError({ decision: 'refund-training', profile: 'tencent-test-center', now: '2026-01-01T00:00:00Z', facts: { classStart: '2026-02-01', paidFen: 1 } }).code).toBe('NOT_APPLICABLE');
  });
  it('validates the time zone and the instants', () => {
    const base = { decision: 'image-retention', profile: 'tencent-test-center', facts: { certificationEndsOn: '2026-12-19' } } as const;
    expect(ruleError({ ...base, now: '2026-12-20T00:00:00+08:00', timeZone: 'Asia/Nowhere' }).path).toBe('timeZone');
    expect(ruleError({ ...base, now: '2026-12-20 00:00' }).path).toBe('now');
    expect(ruleError({ ...base, now: '2026-12-20T00:00:00+08:00', facts: { certificationEndsOn: '2026-04-31' } }).message).toMatch(/2026-04-31 does not exist: 2026-04 has 30 days/);
  });
  it('uses the request time zone for local dates (a Berlin center)', () => {
    const v = verdict({
      decision: 'image-retention',
      profile: 'tencent-test-center',
      timeZone: 'Europe/Berlin',
      now: '2026-12-19T23:30:00Z',
      facts: { certificationEndsOn: '2026-12-19' },
    });
    // 23:30Z is already 12-20 00:30 in Berlin: purge due.
    expect(v.outcome).toBe('refused');
    expect(v.numbers.purgeDueAt).toEqual({ kind: 'instant', utc: '2026-12-19T23:00:00.000Z', local: '2026-12-20T00:00:00+01:00', zone: 'Europe/Berlin' });
  });
  it('is pure: the same request gives the same verdict, and the input is not mutated', () => {
    const req = {
      decision: 'book',
      profile: 'ctyun',
      now: '2026-12-05T10:00:00+08:00',
      facts: { start: '2026-12-05T13:30:00+08:00' },
    } as const;
    const copy = structuredClone(req);
    expect(decide(req, env)).toEqual(decide(req, env));
    expect(req).toEqual(copy);
  });
  it('needs-override always comes with overridable=true, allowed never', () => {
    const all = decideAll(
      [
        {
          decision: 'refund-exam',
          profile: 'tencent-practitioner',
          now: '2026-01-02T00:00:00Z',
          facts: { order: { paidAt: '2026-01-01T00:00:00Z', payments: [{ method: 'cash', fen: 100 }] }, hasAppointment: false, platformFault: true },
        },
        { decision: 'book', profile: 'ctyun', now: '2026-12-05T10:00:00+08:00', facts: { start: '2026-12-05T13:30:00+08:00' } },
      ],
      env,
    );
    const [a, b] = all.map((r) => (r.ok ? r.verdict : null));
    expect(a).toMatchObject({ outcome: 'needs-override', overridable: true });
    expect(b).toMatchObject({ outcome: 'allowed', overridable: false });
  });
});

describe('request schemas', () => {
  it('fill defaults (time zone, booleans) and keep instants as given', () => {
    const r = decisionRequestSchema.parse({
      decision: 'cancel',
      profile: 'tencent-test-center',
      now: '2026-01-01T00:00:00Z',
      facts: { start: '2026-02-01T09:00:00+08:00' },
    });
    expect(r.timeZone).toBe('Asia/Shanghai');
    expect(r.decision === 'cancel' && r.facts.centerCannotHold).toBe(false);
  });
  it('give clear error paths in nested facts', () => {
    const r = decisionRequestSchema.safeParse({
      decision: 'refund-exam',
      profile: 'tencent-test-center',
      now: '2026-01-01T00:00:00Z',
      facts: { order: { paidAt: '2026-01-01T00:00:00Z', payments: [{ method: 'cash', fen: 10.5 }] }, hasAppointment: false },
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['facts', 'order', 'payments', 0, 'fen']);
    expect(r.error?.issues[0]?.message).toMatch(/integer fen/);
  });
});
