import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../store/schema';
import { auditRowsInOrder, insertAuditRow, lastAuditHash } from './audit-log-repo';
import { GENESIS_HASH, linkHash, verifyChain, type ChainReport } from './hash';

export interface AuditEntry {
  at: string;
  operatorId: number | null;
  action: string;
  subjectType?: string | null;
  subjectId?: string | number | null;
  /** Never a full document number: callers pass masked values only. */
  detail?: Record<string, unknown>;
}

function recordOf(row: { at: string; operator_id: number | null; action: string; subject_type: string | null; subject_id: string | null; detail_json: string }): Record<string, unknown> {
  return {
    at: row.at,
    operator_id: row.operator_id,
    action: row.action,
    subject_type: row.subject_type,
    subject_id: row.subject_id,
    detail_json: row.detail_json,
  };
}

/**
 * Appends one entry to the hash-chained audit log, inside the transaction of the act it records
 * (#14.1). It takes a `Transaction` only: reading the head and inserting the next link outside one
 * transaction let concurrent calls link to the same head and fork the chain. The database refuses
 * a fork too (UNIQUE prev_hash, migration 2026-11-30-070-chain-unique).
 */
export async function appendAudit(trx: Transaction<DB>, entry: AuditEntry): Promise<string> {
  const last = await lastAuditHash(trx);
  const row = {
    at: entry.at,
    operator_id: entry.operatorId,
    action: entry.action,
    subject_type: entry.subjectType ?? null,
    subject_id: entry.subjectId == null ? null : String(entry.subjectId),
    detail_json: JSON.stringify(entry.detail ?? {}),
  };
  const prevHash = last ?? GENESIS_HASH;
  const hash = linkHash(prevHash, recordOf(row));
  await insertAuditRow(trx, { ...row, prev_hash: prevHash, hash });
  return hash;
}

export async function auditHead(db: Kysely<DB>): Promise<string> {
  return (await lastAuditHash(db)) ?? GENESIS_HASH;
}

export async function verifyAuditLog(db: Kysely<DB>): Promise<ChainReport> {
  const rows = await auditRowsInOrder(db);
  return verifyChain(rows.map((r) => ({ key: r.seq, prevHash: r.prev_hash, hash: r.hash, record: recordOf(r) })));
}
