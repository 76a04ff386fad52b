import { DEFAULT_CENTER_ZONE } from '../../shared/time/default-zone';
import type { Db } from './db';

/**
 * The center's time zone, read from the store: the first (and only) center's, or the default
 * before one is set up. The one query for it. A handler asks `requestZone(ctx)` instead
 * (electron/core/request-zone.ts), which reads it once per request.
 */
export async function centerZone(db: Db): Promise<string> {
  const c = await db.selectFrom('centers').select('time_zone').orderBy('id').limit(1).executeTakeFirst();
  return c?.time_zone ?? DEFAULT_CENTER_ZONE;
}
