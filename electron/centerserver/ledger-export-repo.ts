import { addDays } from '../../shared/time/dates';
import { localMidnight } from '../../shared/time/zoned';
import type { CenterDb } from './center-schema';
import { evidenceOfRow, type AdmissionEvidence } from './ledger-repo';

/** One admission the center holds (center_checkins), as an export gives it. */
export interface LedgerAdmission extends AdmissionEvidence {
  admissionCode: string;
}

/** A conflict with both admissions as they arrived (the evidence), and the manager's decision if any. */
export interface LedgerConflict {
  id: number;
  admissionCode: string;
  /** When the second admission reached the center. */
  receivedAt: string;
  /** The admission the center held when the second arrived. */
  kept: AdmissionEvidence;
  /** The admission that arrived second. */
  second: AdmissionEvidence;
  resolution: 'kept-first' | 'kept-second' | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
  note: string | null;
}

export interface CenterLedger {
  admissions: LedgerAdmission[];
  conflicts: LedgerConflict[];
}

/** A local day in a zone, as the UTC instants [from, to) it spans (ISO text, as desks write desk_at). */
export function dayBounds(date: string, zone: string): { from: string; to: string } {
  return { from: new Date(localMidnight(date, zone)).toISOString(), to: new Date(localMidnight(addDays(date, 1), zone)).toISOString() };
}

/**
 * What the center decided (#19), for `desk center export`: every admission, ordered by desk time,
 * and every conflict with both sides' evidence, in arrival order. With `day`, only those of that
 * local day in the zone by desk time: an admission whose desk time falls in the day, a conflict
 * either of whose admissions does. Desks write desk_at as `toISOString()` (UTC, milliseconds), so
 * the day is a range of that text on both dialects.
 */
export async function centerLedger(db: CenterDb, o: { day?: { date: string; zone: string } } = {}): Promise<CenterLedger> {
  const bounds = o.day ? dayBounds(o.day.date, o.day.zone) : undefined;
  let q = db.selectFrom('center_checkins').selectAll();
  if (bounds) q = q.where('desk_at', '>=', bounds.from).where('desk_at', '<', bounds.to);
  const rows = await q.orderBy('desk_at').orderBy('admission_code').execute();
  const admissions = rows.map((r) => ({ admissionCode: r.admission_code, ...evidenceOfRow(r) }));

  // Conflicts are few (one per appointment admitted at two desks while cut off): read all, keep the day's.
  const conflictRows = await db.selectFrom('center_conflicts').selectAll().orderBy('id').execute();
  const inDay = (at: string) => !bounds || (Date.parse(at) >= Date.parse(bounds.from) && Date.parse(at) < Date.parse(bounds.to));
  const conflicts = conflictRows
    .map((r): LedgerConflict => {
      const evidence = JSON.parse(r.evidence_json) as { kept: AdmissionEvidence; second: AdmissionEvidence };
      return {
        id: Number(r.id),
        admissionCode: r.admission_code,
        receivedAt: r.received_at,
        kept: evidence.kept,
        second: evidence.second,
        resolution: r.resolution as LedgerConflict['resolution'],
        resolvedAt: r.resolved_at,
        resolvedBy: r.resolved_by,
        note: r.note,
      };
    })
    .filter((c) => inDay(c.kept.deskAt) || inDay(c.second.deskAt));
  return { admissions, conflicts };
}
