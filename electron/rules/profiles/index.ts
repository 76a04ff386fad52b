/**
 * The shipped policy profiles, validated by zod at load, and the choice of the version in force.
 */
import { policyProfileSchema, type PolicyProfile } from '../../../shared/rules/profile-schema';
import { parseInstant } from '../../../shared/time/zoned';
import type { ProfileData } from './common';
import { ctyunV1 } from './ctyun';
import { tencentAuthorizedCenterV1 } from './tencent-authorized-center';
import { tencentNationalExamV1 } from './tencent-national-exam';
import { tencentPractitionerV1 } from './tencent-practitioner';
import { tencentTestCenterV1 } from './tencent-test-center';
import { trainingF2fV1 } from './training-f2f';

export const shippedProfiles: readonly ProfileData[] = [tencentTestCenterV1, tencentNationalExamV1, tencentAuthorizedCenterV1, tencentPractitionerV1, ctyunV1, trainingF2fV1];

export class ProfileLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProfileLoadError';
  }
}

/**
 * Validate profiles (the shipped ones by default); throws ProfileLoadError naming the profile and
 * the path of the first problem. Versions of one id must not overlap in time.
 */
export function loadProfiles(data: readonly unknown[] = shippedProfiles): PolicyProfile[] {
  const profiles = data.map((raw, i) => {
    const parsed = policyProfileSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const label = (raw as { id?: unknown })?.id ?? `#${i}`;
      throw new ProfileLoadError(`profile ${String(label)}: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
    }
    return parsed.data;
  });
  const seen = new Set<string>();
  for (const p of profiles) {
    const key = `${p.id}@${p.version}`;
    if (seen.has(key)) throw new ProfileLoadError(`profile ${key} is defined twice`);
    seen.add(key);
  }
  for (const a of profiles)
    for (const b of profiles) if (a !== b && a.id === b.id && a.version < b.version && overlaps(a, b)) throw new ProfileLoadError(`profile ${a.id}: versions ${a.version} and ${b.version} overlap in time`);
  return profiles;
}

function range(p: PolicyProfile): [number, number] {
  return [parseInstant(p.effectiveFrom), p.effectiveTo === null ? Infinity : parseInstant(p.effectiveTo)];
}

function overlaps(a: PolicyProfile, b: PolicyProfile): boolean {
  const [a0, a1] = range(a);
  const [b0, b1] = range(b);
  return a0 < b1 && b0 < a1;
}

export function isInForce(p: PolicyProfile, instant: number): boolean {
  const [from, to] = range(p);
  return from <= instant && instant < to;
}

/** The version of profile `id` in force at `at` (epoch ms, ISO instant or Date), or null. */
export function profileFor(profiles: readonly PolicyProfile[], id: string, at: number | string | Date): PolicyProfile | null {
  const instant = typeof at === 'number' ? at : typeof at === 'string' ? parseInstant(at) : at.getTime();
  return profiles.find((p) => p.id === id && isInForce(p, instant)) ?? null;
}
