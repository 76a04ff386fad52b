import type { Kysely } from 'kysely';
import type { CenterDB } from '../centerserver/center-schema';
import { checkinChangesAfter, checkinsOf } from '../centerserver/ledger-repo';
import type { Clock } from '../core/clock';
import type { Store } from '../store/open';
import { mirrorCenterAdmission, mirrorCursor, setMirrorCursor, type MirrorOutcome } from './mirror-repo';

/** What one mirroring pass did, appointment by appointment. */
export type MirrorCounts = Record<MirrorOutcome | 'skipped', number>;

export interface MirrorPass {
  center: Kysely<CenterDB>;
  store: Store;
  desk: string;
  clock: Clock;
  /** One bounded call at the center (the link's: a failure turns it offline). */
  call<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * Copies into the desk file what changed at the center since the desk's cursor (#19): the other
 * desks' admissions (and a kept-second decision, a release) for the appointments whose center
 * admission changed, each with its audit entry in its own local transaction; then the cursor moves
 * on. A pass that stops half-way (the center stops answering) leaves the cursor where it was, and
 * the next pass does the same appointments again, which changes nothing already done. An
 * appointment this desk cannot take (DAY-8: the same person admitted here on an overlapping
 * booking) is skipped and stays as this desk has it.
 */
export async function mirrorOtherDesks(m: MirrorPass): Promise<MirrorCounts> {
  const counts: MirrorCounts = { mirrored: 0, followed: 0, removed: 0, unchanged: 0, own: 0, unknown: 0, skipped: 0 };
  for (let more = true; more;) {
    const after = await mirrorCursor(m.store.db);
    const changes = await m.call(() => checkinChangesAfter(m.center, after));
    const rows = changes.codes.length > 0 ? await m.call(() => checkinsOf(m.center, changes.codes)) : new Map();
    for (const code of changes.codes) {
      try {
        const at = m.clock.now().toISOString();
        counts[await m.store.db.transaction().execute((trx) => mirrorCenterAdmission(trx, code, rows.get(code), { desk: m.desk, at }))] += 1;
      } catch (error) {
        if (!String((error as { code?: unknown }).code).startsWith('SQLITE_CONSTRAINT')) throw error;
        counts.skipped += 1;
      }
    }
    if (changes.upTo !== after) await m.store.db.transaction().execute((trx) => setMirrorCursor(trx, changes.upTo, m.clock.now().toISOString()));
    more = changes.more;
  }
  return counts;
}
