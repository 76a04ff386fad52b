import { verifyCenterChain } from './center-audit-repo';
import type { CenterDb } from './center-schema';
import { countOpenConflicts } from './conflicts-repo';
import { listDesks } from './desks-repo';
import { listLeases } from './leases-repo';
import { countCheckins } from './ledger-repo';

export interface CenterStatus {
  desks: { name: string; joinedAt: string; lastContactAt: string }[];
  leases: { sessionKey: string; desk: string }[];
  openConflicts: number;
  checkins: number;
  chain: { ok: boolean; length: number; brokenAt?: number };
}

/**
 * What `desk center status` and the manager's panel show: desks with their last contact, leases,
 * open conflicts, admissions, and whether the center's chain verifies (length: entries checked; 0
 * when broken, with `brokenAt`).
 */
export async function centerStatus(db: CenterDb): Promise<CenterStatus> {
  const [desks, leases, openConflicts, checkins, chain] = [await listDesks(db), await listLeases(db), await countOpenConflicts(db), await countCheckins(db), await verifyCenterChain(db)];
  return { desks, leases, openConflicts, checkins, chain: chain.ok ? { ok: true, length: chain.length } : { ok: false, length: 0, brokenAt: chain.brokenAt } };
}
