import type { Kysely, Selectable } from 'kysely';
import { DomainError } from '../core/errors';
import { appendCenterAudit } from './center-audit-repo';
import type { CenterConflictsTable, CenterDB, CenterDb } from './center-schema';
import { checkinOf, evidenceOfRow, rowOfEvidence, type AdmissionEvidence } from './ledger-repo';

/** One side of a conflict, as the manager sees it. */
export interface ConflictSide {
  desk: string;
  operator: string;
  deskAt: string;
  nonce: string;
  forced: boolean;
}

/** A second admission of an admitted appointment from another desk, with both admissions (DAY-8 across desks). */
export interface CenterConflict {
  id: number;
  admissionCode: string;
  /** The admission the center held when the second arrived. */
  kept: ConflictSide;
  /** The admission that arrived second (a replay). */
  second: ConflictSide;
  receivedAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  resolution: 'kept-first' | 'kept-second' | null;
  note: string | null;
}

interface Evidence {
  kept: AdmissionEvidence;
  second: AdmissionEvidence;
}

const side = (e: AdmissionEvidence): ConflictSide => ({ desk: e.desk, operator: e.operator, deskAt: e.deskAt, nonce: e.nonce, forced: e.forced });

function toConflict(r: Selectable<CenterConflictsTable>): CenterConflict {
  const evidence = JSON.parse(r.evidence_json) as Evidence;
  return {
    id: r.id,
    admissionCode: r.admission_code,
    kept: side(evidence.kept),
    second: side(evidence.second),
    receivedAt: r.received_at,
    resolvedAt: r.resolved_at,
    resolvedBy: r.resolved_by,
    resolution: r.resolution as CenterConflict['resolution'],
    note: r.note,
  };
}

/** The conflicts in arrival order; `open: true` only those the manager has not resolved. */
export async function listConflicts(db: CenterDb, o: { open?: boolean } = {}): Promise<CenterConflict[]> {
  let q = db.selectFrom('center_conflicts').selectAll();
  if (o.open) q = q.where('resolution', 'is', null);
  const rows = await q.orderBy('id').execute();
  return rows.map(toConflict);
}

export async function countOpenConflicts(db: CenterDb): Promise<number> {
  const r = await db
    .selectFrom('center_conflicts')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('resolution', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * The manager decides a conflict, once. 'kept-first' leaves the admission as it is. 'kept-second'
 * makes the second admission the appointment's center_checkins row, and the conflict row then holds
 * the admission it displaced, so every nonce stays exactly once among admissions and conflicts; the
 * evidence of both stays as it arrived. The decision and its audit entry share one transaction.
 */
export async function resolveConflict(db: Kysely<CenterDB>, r: { id: number; resolution: 'kept-first' | 'kept-second'; note: string; by: string; at: string }): Promise<CenterConflict> {
  return db.transaction().execute(async (trx) => {
    // Claims the decision first: a second manager resolving the same conflict finds it decided.
    const decided = await trx
      .updateTable('center_conflicts')
      .set({ resolved_at: r.at, resolved_by: r.by, resolution: r.resolution, note: r.note })
      .where('id', '=', r.id)
      .where('resolution', 'is', null)
      .returningAll()
      .executeTakeFirst();
    if (!decided) {
      const exists = await trx.selectFrom('center_conflicts').select(['id', 'resolved_by', 'resolved_at']).where('id', '=', r.id).executeTakeFirst();
      if (!exists) throw new DomainError('NOT_FOUND', `There is no center conflict ${r.id}.`);
      throw new DomainError('CONFLICT', `Conflict ${r.id} was already resolved by ${exists.resolved_by} at ${exists.resolved_at}.`, {
        key: 'centerServer.conflictResolved',
        params: { by: exists.resolved_by ?? '', at: exists.resolved_at ?? '' },
      });
    }
    const evidence = JSON.parse(decided.evidence_json) as Evidence;
    let displaced: AdmissionEvidence | null = null;
    if (r.resolution === 'kept-second') {
      const current = await checkinOf(trx, decided.admission_code);
      if (!current) {
        // The first desk took its admission back (releaseClaim): there is nothing to swap, and the second cannot be both.
        throw new DomainError('REFUSED', `Appointment ${decided.admission_code} has no admission at the center any more; conflict ${r.id} can only be resolved kept-first.`, {
          key: 'centerServer.nothingToSwap',
          params: { code: decided.admission_code },
        });
      }
      displaced = evidenceOfRow(current);
      // The conflict row takes the displaced admission: the second's nonce moves to center_checkins.
      await trx
        .updateTable('center_conflicts')
        .set({ nonce: displaced.nonce, desk: displaced.desk, operator: displaced.operator, desk_at: displaced.deskAt, forced: displaced.forced ? 1 : 0 })
        .where('id', '=', r.id)
        .execute();
      await trx.updateTable('center_checkins').set(rowOfEvidence(decided.admission_code, evidence.second)).where('admission_code', '=', decided.admission_code).execute();
    }
    await appendCenterAudit(trx, {
      receivedAt: r.at,
      desk: 'manager',
      deskAt: r.at,
      action: 'ledger.resolve',
      subject: decided.admission_code,
      detail: { conflictId: r.id, resolution: r.resolution, note: r.note, by: r.by, displaced },
    });
    const after = await trx.selectFrom('center_conflicts').selectAll().where('id', '=', r.id).executeTakeFirstOrThrow();
    return toConflict(after);
  });
}
