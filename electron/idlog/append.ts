import type { Transaction } from 'kysely';
import { GENESIS_HASH, linkHash } from '../audit/hash';
import type { DB, IdChecksTable } from '../store/schema';
import { idCheckRecord, type IdCheckContent } from './chain';
import { insertIdCheckRow, lastIdCheckHash } from './id-checks-repo';

/** One new record of the identity-check and admission log. Never a full document number. */
export interface NewIdCheck {
  appointmentId: number;
  operatorId: number;
  desk: string;
  checkedAt: string;
  kind: IdChecksTable['kind'];
  docType?: string | null;
  /** maskDocumentNumber(number): last 4 visible. */
  docMasked?: string | null;
  /** documentHash(key, number): keyed, so the log cannot be used to test guessed numbers. */
  docHash?: string | null;
  checks: Record<string, unknown>;
  outcome: string;
  ruleIds: readonly string[];
  overrideReason?: string | null;
  correctsId?: number | null;
}

/**
 * Appends one row to the append-only, hash-chained id_checks log, inside the transaction of the act
 * it records, so the record and the act commit together. It takes a `Transaction` only (#14.1): the
 * type system forbids a call that reads the head and inserts outside one transaction.
 */
export async function appendIdCheck(trx: Transaction<DB>, e: NewIdCheck): Promise<{ id: number; hash: string }> {
  const last = await lastIdCheckHash(trx);
  const content: IdCheckContent = {
    appointment_id: e.appointmentId,
    operator_id: e.operatorId,
    desk: e.desk,
    checked_at: e.checkedAt,
    kind: e.kind,
    doc_type: e.docType ?? null,
    doc_masked: e.docMasked ?? null,
    doc_hash: e.docHash ?? null,
    checks_json: JSON.stringify(e.checks),
    outcome: e.outcome,
    rule_ids: JSON.stringify(e.ruleIds),
    override_reason: e.overrideReason ?? null,
    corrects_id: e.correctsId ?? null,
  };
  const prevHash = last ?? GENESIS_HASH;
  const hash = linkHash(prevHash, idCheckRecord(content));
  const id = await insertIdCheckRow(trx, { ...content, prev_hash: prevHash, hash });
  return { id, hash };
}

/** The rule ids column as an array. */
export function parseRuleIds(text: string): string[] {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return text.split(',').filter((s) => s !== '');
  }
}
