/** The policy profiles the desk ships (../RULES.md). The roster CSV names these in `program_profile`. */
export const profileIds = ['tencent-test-center', 'tencent-national-exam', 'tencent-authorized-center', 'tencent-practitioner', 'ctyun', 'training-f2f'] as const;
export type ProfileId = (typeof profileIds)[number];

export function isProfileId(value: string): value is ProfileId {
  return (profileIds as readonly string[]).includes(value);
}
