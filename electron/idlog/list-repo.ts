import type { z } from 'zod';
import type { IdLogRecord, idlogListSchema } from '../../shared/idlog/contract';
import { formatLocal } from '../../shared/time/zoned';
import type { Db } from '../store/db';
import { parseRuleIds } from './append';

export type IdLogFilter = Partial<z.output<typeof idlogListSchema>> & {
  /** UTC bounds of the `date` filter, computed by the caller in the center zone. */
  dayStart?: string;
  dayEnd?: string;
  id?: number;
};

function parseChecks(text: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(text);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Records of the log, newest first, with their operator, candidate and photo presence. */
export async function listIdChecks(db: Db, f: IdLogFilter, timeZone: string): Promise<{ records: IdLogRecord[]; truncated: boolean }> {
  const limit = f.limit ?? 500;
  let q = db
    .selectFrom('id_checks as r')
    .innerJoin('appointments as a', 'a.id', 'r.appointment_id')
    .innerJoin('candidates as c', 'c.id', 'a.candidate_id')
    .innerJoin('operators as op', 'op.id', 'r.operator_id')
    .select((eb) => [
      'r.id',
      'r.kind',
      'r.checked_at',
      'r.appointment_id',
      'r.doc_type',
      'r.doc_masked',
      'r.outcome',
      'r.rule_ids',
      'r.override_reason',
      'r.corrects_id',
      'r.operator_id',
      'r.desk',
      'r.checks_json',
      'a.admission_code',
      'a.session_id',
      'c.name',
      'op.display_name',
      eb.exists(eb.selectFrom('photos as p').select('p.id').whereRef('p.candidate_id', '=', 'a.candidate_id').whereRef('p.id_check_id', '=', 'r.id')).as('has_photo'),
    ]);
  if (f.id !== undefined) q = q.where('r.id', '=', f.id);
  if (f.dayStart !== undefined) q = q.where('r.checked_at', '>=', f.dayStart);
  if (f.dayEnd !== undefined) q = q.where('r.checked_at', '<', f.dayEnd);
  if (f.from !== undefined) q = q.where('r.checked_at', '>=', new Date(f.from).toISOString());
  if (f.to !== undefined) q = q.where('r.checked_at', '<', new Date(f.to).toISOString());
  if (f.sessionId !== undefined) q = q.where('a.session_id', '=', f.sessionId);
  if (f.outcome !== undefined) q = q.where('r.outcome', '=', f.outcome);
  if (f.kind !== undefined) q = q.where('r.kind', '=', f.kind);
  if (f.operatorId !== undefined) q = q.where('r.operator_id', '=', f.operatorId);
  const rows = await q
    .orderBy('r.id', 'desc')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);

  // Corrections always come after what they correct: search only above the oldest id shown.
  const ids = page.map((r) => r.id);
  const correctedBy = new Map<number, number[]>();
  if (ids.length > 0) {
    const corrections = await db
      .selectFrom('id_checks')
      .select(['id', 'corrects_id'])
      .where('id', '>', Math.min(...ids))
      .where('corrects_id', 'in', ids)
      .orderBy('id')
      .execute();
    for (const c of corrections) {
      if (c.corrects_id === null) continue;
      correctedBy.set(c.corrects_id, [...(correctedBy.get(c.corrects_id) ?? []), c.id]);
    }
  }

  const records = page.map((r): IdLogRecord => {
    const checks = parseChecks(r.checks_json);
    return {
      id: r.id,
      kind: r.kind,
      checkedAt: r.checked_at,
      checkedLocal: formatLocal(Date.parse(r.checked_at), timeZone),
      appointmentId: r.appointment_id,
      admissionCode: r.admission_code,
      sessionId: r.session_id,
      candidateName: r.name,
      documentType: r.doc_type,
      documentMasked: r.doc_masked,
      outcome: r.outcome,
      ruleIds: parseRuleIds(r.rule_ids),
      overrideReason: r.override_reason,
      correctionReason: r.kind === 'correction' && typeof checks.reason === 'string' ? checks.reason : null,
      correctsId: r.corrects_id,
      correctedBy: correctedBy.get(r.id) ?? [],
      operatorId: r.operator_id,
      operatorName: r.display_name,
      desk: r.desk,
      hasPhoto: Boolean(r.has_photo),
      checks,
    };
  });
  return { records, truncated: rows.length > limit };
}
