import type { auditContract, AuditEntryView } from '../../shared/audit/contract';
import { localMidnight } from '../../shared/time/zoned';
import { addDays } from '../../shared/time/dates';
import { requireOperator } from '../core/context';
import { DomainError } from '../core/errors';
import type { HandlerMap } from '../core/registry';
import { localDateTime } from '../today/local-time';
import { appendAudit } from './audit-log';
import { auditActions, auditEntries, documentOfAppointment, type AuditFilter } from './audit-read-repo';
import { requestZone } from '../core/request-zone';

const LIMIT = 500;

export const auditHandlers: HandlerMap<typeof auditContract> = {
  'audit.list': async (req, ctx) => {
    const db = ctx.core.store.db;
    const zone = await requestZone(ctx);
    const filter: AuditFilter = {
      fromAt: req.from ? new Date(localMidnight(req.from, zone)).toISOString() : undefined,
      beforeAt: req.to ? new Date(localMidnight(addDays(req.to, 1), zone)).toISOString() : undefined,
      action: req.action,
      operatorId: req.operatorId,
      candidate: req.candidate,
    };
    const rows = await auditEntries(db, filter, LIMIT + 1);
    const entries: AuditEntryView[] = rows.slice(0, LIMIT).map((r) => ({
      seq: r.seq,
      at: r.at,
      atLocal: localDateTime(r.at, zone),
      operator: r.display_name,
      action: r.action,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      candidate: r.candidate ? `${r.candidate}${r.booking_id ? ` (${r.booking_id})` : ''}` : null,
      detail: r.detail_json,
      hash: r.hash,
    }));
    const actions = await auditActions(db);
    return { entries, truncated: rows.length > LIMIT, actions };
  },

  'audit.revealDocument': async (req, ctx) => {
    const op = requireOperator(ctx);
    const db = ctx.core.store.db;
    // The reveal is recorded, in the transaction that reads the number, before it leaves the main process.
    const row = await db.transaction().execute(async (trx) => {
      const found = await documentOfAppointment(trx, req.appointmentId);
      if (!found) throw new DomainError('NOT_FOUND', `No appointment ${req.appointmentId}.`);
      await appendAudit(trx, {
        at: ctx.now.toISOString(),
        operatorId: op.id,
        action: 'candidate.revealDocument',
        subjectType: 'appointment',
        subjectId: req.appointmentId,
        detail: { bookingId: found.booking_id, reason: req.reason, desk: ctx.caller.desk },
      });
      return found;
    });
    return { documentNumber: row.id_number, purged: row.purged_at !== null };
  },
};
