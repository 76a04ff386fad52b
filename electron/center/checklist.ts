import type { Kysely } from 'kysely';
import type { SetupChecklist, SetupStep } from '../../shared/center/contract';
import type { DB } from '../store/schema';
import { centerRow, pendingSteps } from './center-repo';

/**
 * What the desk still lacks before an exam day, each a step of the set-up screen: no center, no
 * room with a working seat, no active proctor; and, for a center set up on this desk, a backup
 * folder and a retention period nobody has chosen yet (a skipped step stays on the list).
 */
export async function setupChecklist(db: Kysely<DB>): Promise<SetupChecklist> {
  const missing: SetupStep[] = [];
  const center = await centerRow(db);
  if (!center) missing.push('center');
  const seat = await db.selectFrom('seats as s').innerJoin('rooms as r', 'r.id', 's.room_id').where('s.status', '=', 'ok').select('s.id').limit(1).executeTakeFirst();
  if (!seat) missing.push('rooms');
  const proctor = await db.selectFrom('operators').select('id').where('role', '=', 'proctor').where('disabled', '=', 0).limit(1).executeTakeFirst();
  if (!proctor) missing.push('proctors');
  const pending = await pendingSteps(db);
  const settings = new Set((await db.selectFrom('settings').select('key').where('key', 'in', ['backup.folder', 'retention.days']).execute()).map((r) => r.key));
  if (pending.includes('backup') && !settings.has('backup.folder')) missing.push('backup');
  if (pending.includes('retention') && !settings.has('retention.days')) missing.push('retention');
  return { missing };
}
