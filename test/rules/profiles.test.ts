import { describe, expect, it } from 'vitest';
import { ProfileLoadError, loadProfiles, profileFor, shippedProfiles } from '../../electron/rules/profiles';
import { profileIds } from '../../shared/rules/profile-ids';
import { policyProfileSchema } from '../../shared/rules/profile-schema';
import { parseInstant } from '../../shared/time';
import { env, ruleError, verdict } from './helpers';

describe('policy profiles', () => {
  it('ships one valid profile per id, validated by zod at load', () => {
    const profiles = loadProfiles();
    expect(profiles.map((p) => p.id).sort()).toEqual([...profileIds].sort());
    for (const p of profiles) expect(policyProfileSchema.safeParse(p).success).toBe(true);
  });

  it('rejects an invalid profile with the profile id and the path of the problem', () => {
    const bad = structuredClone(shippedProfiles[0]) as Record<string, unknown>;
    (bad.parameters as { change: { hoursBefore: number } }).change.hoursBefore = -72;
    expect(() => loadProfiles([bad])).toThrow(ProfileLoadError);
    expect(() => loadProfiles([bad])).toThrow(/tencent-test-center: parameters\.change\.hoursBefore/);
    const badDate = { ...shippedProfiles[0], effectiveFrom: '2025-02-30T00:00:00+08:00' };
    expect(() => loadProfiles([badDate])).toThrow(/effectiveFrom: 2025-02-30 does not exist/);
  });

  it('rejects overlapping versions of one profile', () => {
    const v1 = shippedProfiles[0];
    const v2 = { ...v1, version: 2, effectiveFrom: '2026-01-01T00:00:00+08:00' };
    expect(() => loadProfiles([v1, v2])).toThrow(/overlap/);
  });

  it('picks the version in force at an instant, switching exactly at effectiveFrom', () => {
    const v1 = { ...shippedProfiles[0], effectiveTo: '2026-07-01T00:00:00+08:00' };
    const v2 = {
      ...shippedProfiles[0],
      version: 2,
      effectiveFrom: '2026-07-01T00:00:00+08:00',
      parameters: { ...shippedProfiles[0]!.parameters, admission: { rule: 'arrive-before' as const, minutesBefore: 45 } },
    };
    const profiles = loadProfiles([v1, v2]);
    expect(profileFor(profiles, 'tencent-test-center', parseInstant('2026-06-30T23:59:59.999+08:00'))?.version).toBe(1);
    expect(profileFor(profiles, 'tencent-test-center', parseInstant('2026-07-01T00:00:00+08:00'))?.version).toBe(2);
    expect(profileFor(profiles, 'tencent-test-center', parseInstant('2025-03-31T23:59:59+08:00'))).toBeNull();
    // A booking is judged by the version in force for it (its order's payment).
    const twoVersions = { profiles, calendar: env.calendar };
    const req = (paidAt: string) => ({
      decision: 'admission' as const,
      profile: 'tencent-test-center',
      now: '2026-12-05T08:50:00+08:00',
      facts: { start: '2026-12-05T09:30:00+08:00', appointmentState: 'booked' as const, order: { paidAt } },
    });
    expect(verdict(req('2026-06-30T10:00:00+08:00'), twoVersions).outcome).toBe('allowed');
    const v2verdict = verdict(req('2026-07-02T10:00:00+08:00'), twoVersions);
    expect(v2verdict.outcome).toBe('refused');
    expect(v2verdict.profile).toEqual({ id: 'tencent-test-center', version: 2 });
    // An explicit version wins.
    expect(verdict({ ...req('2026-07-02T10:00:00+08:00'), profileVersion: 1 }, twoVersions).outcome).toBe('allowed');
    expect(ruleError({ ...req('2026-07-02T10:00:00+08:00'), profileVersion: 3 }, twoVersions).code).toBe('UNKNOWN_PROFILE_VERSION');
  });

  it('has the Tencent switch on 2025-04-01: legacy before, test-center flow from then on', () => {
    const at = (iso: string) => parseInstant(iso);
    const profiles = loadProfiles();
    expect(profileFor(profiles, 'tencent-national-exam', at('2025-03-31T23:59:59+08:00'))).not.toBeNull();
    expect(profileFor(profiles, 'tencent-national-exam', at('2025-04-01T00:00:00+08:00'))).toBeNull();
    expect(profileFor(profiles, 'tencent-test-center', at('2025-03-31T23:59:59+08:00'))).toBeNull();
    expect(profileFor(profiles, 'tencent-test-center', at('2025-04-01T00:00:00+08:00'))).not.toBeNull();
    expect(profileFor(profiles, 'tencent-authorized-center', at('2025-04-01T00:00:00+08:00'))).toBeNull();
  });
});
