import type { Kysely } from 'kysely';
import type { SetupChecklist, SetupStep } from '../../shared/center/contract';
import type { DB } from '../store/schema';
import { centerRow, hasActiveProctor, hasWorkingSeat, pendingSteps, storedSettingKeys } from './center-repo';

/**
 * What the desk still lacks before an exam day, each a step of the set-up screen: no center, no
 * room with a working seat, no active proctor; and, for a center set up on this desk, a backup
 * folder and a retention period nobody has chosen yet (a skipped step stays on the list).
 */
export async function setupChecklist(db: Kysely<DB>): Promise<SetupChecklist> {
  const missing: SetupStep[] = [];
  const center = await centerRow(db);
  if (!center) missing.push('center');
  if (!(await hasWorkingSeat(db))) missing.push('rooms');
  if (!(await hasActiveProctor(db))) missing.push('proctors');
  const pending = await pendingSteps(db);
  const settings = await storedSettingKeys(db, ['backup.folder', 'retention.days']);
  if (pending.includes('backup') && !settings.has('backup.folder')) missing.push('backup');
  if (pending.includes('retention') && !settings.has('retention.days')) missing.push('retention');
  return { missing };
}
