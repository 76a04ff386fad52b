/**
 * A manager's correction of a log record: a NEW record (kind 'correction', corrects_id) with the
 * reason; the corrected record stays as it was (the table is append-only and chained). A corrected
 * identity record no longer counts for admission (electron/checkin/identity-status.ts).
 */
import type { IdLogRecord } from '../../shared/idlog/contract';
import { appendAudit } from '../audit/audit-log';
import { requireOperator, type HandlerContext } from '../core/context';
import { DomainError } from '../core/errors';
import { appendIdCheck, parseRuleIds } from './append';
import { idCheckToCorrect } from './id-checks-repo';
import { listIdChecks } from './list-repo';
import { requestZone } from '../core/request-zone';

export async function correctIdCheck(idCheckId: number, reason: string, ctx: HandlerContext): Promise<IdLogRecord> {
  const op = requireOperator(ctx);
  const db = ctx.core.store.db;
  const at = ctx.now.toISOString();
  const id = await db.transaction().execute(async (trx) => {
    const target = await idCheckToCorrect(trx, idCheckId);
    if (!target) throw new DomainError('NOT_FOUND', `No identity-check record with id ${idCheckId}.`);
    const ruleIds = parseRuleIds(target.rule_ids);
    const row = await appendIdCheck(trx, {
      appointmentId: target.appointment_id,
      operatorId: op.id,
      desk: ctx.caller.desk,
      checkedAt: at,
      kind: 'correction',
      checks: { reason, corrects: { id: target.id, kind: target.kind, outcome: target.outcome } },
      outcome: 'corrected',
      ruleIds,
      correctsId: target.id,
    });
    await appendAudit(trx, {
      at,
      operatorId: op.id,
      action: 'idlog.correct',
      subjectType: 'id_check',
      subjectId: target.id,
      detail: { correctionId: row.id, reason, kind: target.kind, outcome: target.outcome, appointmentId: target.appointment_id },
    });
    return row.id;
  });
  const { records } = await listIdChecks(db, { id, limit: 1 }, await requestZone(ctx));
  const record = records[0];
  if (!record) throw new Error(`correction ${id} was not found after it was written`);
  return record;
}
