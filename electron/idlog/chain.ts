/**
 * The id_checks hash chain: each row's hash links the previous row's hash and the row's content
 * (electron/audit/hash.ts, the same scheme as the audit log). An edited row fails its own hash;
 * a deleted or reordered row breaks the next row's link.
 */
import { verifyChain, type ChainReport } from '../audit/hash';
import type { IdChecksTable } from '../store/schema';
import type { Db } from '../store/db';
import { idChecksInOrder } from './id-checks-repo';

export type IdCheckContent = Omit<IdChecksTable, 'id' | 'prev_hash' | 'hash'>;

/** The chained content of a row: every column except the id and the chain columns. */
export function idCheckRecord(row: IdCheckContent): Record<string, unknown> {
  return {
    appointment_id: row.appointment_id,
    operator_id: row.operator_id,
    desk: row.desk,
    checked_at: row.checked_at,
    kind: row.kind,
    doc_type: row.doc_type,
    doc_masked: row.doc_masked,
    doc_hash: row.doc_hash,
    checks_json: row.checks_json,
    outcome: row.outcome,
    rule_ids: row.rule_ids,
    override_reason: row.override_reason,
    corrects_id: row.corrects_id,
  };
}

/** Walks the whole id_checks chain in id order (for `idlog.verify` and the CLI `check`). */
export async function verifyIdCheckChain(db: Db): Promise<ChainReport> {
  const rows = await idChecksInOrder(db);
  return verifyChain(rows.map((r) => ({ key: r.id, prevHash: r.prev_hash, hash: r.hash, record: idCheckRecord(r) })));
}
