/** CAT-1, CAT-2: the certification catalogue facts the rules need. */

/** CAT-1: levels, with the names used before 2024-05-14 as equivalent aliases. */
export const tencentLevels = ['TCCA', 'TCCP', 'TCCE'] as const;
export type TencentLevel = (typeof tencentLevels)[number];
export const LEVEL_RENAME_DATE = '2024-05-14';
const levelAliases: Record<string, TencentLevel> = {
  TCCA: 'TCCA',
  TCA: 'TCCA',
  TCCP: 'TCCP',
  TCP: 'TCCP',
  TCCE: 'TCCE',
  TCE: 'TCCE',
};

/** The current name of a level (TCP -> TCCP), or null for an unknown one. Case and spaces ignored. */
export function normalizeLevel(level: string): TencentLevel | null {
  return levelAliases[level.trim().toUpperCase()] ?? null;
}

/** Two level names denote the same level (CAT-1); unknown names compare by their trimmed text. */
export function sameLevel(a: string, b: string): boolean {
  const na = normalizeLevel(a);
  const nb = normalizeLevel(b);
  if (na || nb) return na === nb;
  return a.trim().toUpperCase() === b.trim().toUpperCase();
}

/** CAT-2: Tencent career domains and the CTyun grid. */
export const tencentDomains = ['cloud-computing', 'database', 'big-data', 'ai'] as const;
export const tencentOtherTracks = ['specialty', 'practitioner'] as const;
export const ctyunLevels = ['ECA', 'ECP', 'ECE'] as const;
export const ctyunRoles = ['architect', 'operations', 'developer'] as const;
export const ctyunOtherTracks = ['practitioner', 'campus-engineer'] as const;

export interface CtyunCertification {
  level: (typeof ctyunLevels)[number] | null;
  role: (typeof ctyunRoles)[number] | (typeof ctyunOtherTracks)[number];
}

/** The whole CTyun catalogue: 3 levels x 3 roles, plus practitioner and campus engineer. */
export function ctyunCatalogue(): CtyunCertification[] {
  const grid: CtyunCertification[] = ctyunLevels.flatMap((level) => ctyunRoles.map((role) => ({ level, role })));
  return [...grid, ...ctyunOtherTracks.map((role) => ({ level: null, role }))];
}
