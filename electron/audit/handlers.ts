import { sql } from 'kysely';
import type { auditContract, AuditEntryView } from '../../shared/audit/contract';
import { localMidnight } from '../../shared/time/zoned';
import { addDays } from '../../shared/time/dates';
import { centerZone } from '../checkin/center-day';
import { requireOperator } from '../core/context';
import { DomainError } from '../core/errors';
import type { HandlerMap } from '../core/registry';
import { localDateTime } from '../today/local-time';
import { appendAudit } from './audit-log';

const LIMIT = 500;

export const auditHandlers: HandlerMap<typeof auditContract> = {
  'audit.list': async (req, ctx) => {
    const db = ctx.core.store.db;
    const zone = await centerZone(db);
    let q = db
      .selectFrom('audit_log as l')
      .leftJoin('operators as o', 'o.id', 'l.operator_id')
      .leftJoin('appointments as a', (j) => j.on('l.subject_type', '=', 'appointment').on(sql`cast(a.id as text)`, '=', sql.ref('l.subject_id')))
      .leftJoin('candidates as c', 'c.id', 'a.candidate_id')
      .select(['l.seq', 'l.at', 'o.display_name', 'l.action', 'l.subject_type', 'l.subject_id', 'l.detail_json', 'l.hash', 'c.name as candidate', 'a.booking_id']);
    if (req.from) q = q.where('l.at', '>=', new Date(localMidnight(req.from, zone)).toISOString());
    if (req.to) q = q.where('l.at', '<', new Date(localMidnight(addDays(req.to, 1), zone)).toISOString());
    if (req.action) q = q.where('l.action', '=', req.action);
    if (req.operatorId) q = q.where('l.operator_id', '=', req.operatorId);
    if (req.candidate) {
      const text = req.candidate;
      q = q.where((eb) => eb.or([eb('c.name', 'like', `%${text}%`), eb('a.booking_id', '=', text)]));
    }
    const rows = await q.orderBy('l.seq', 'desc').limit(LIMIT + 1).execute();
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
    const actions = (await db.selectFrom('audit_log').select('action').distinct().orderBy('action').execute()).map((a) => a.action);
    return { entries, truncated: rows.length > LIMIT, actions };
  },

  'audit.revealDocument': async (req, ctx) => {
    const op = requireOperator(ctx);
    const db = ctx.core.store.db;
    // The reveal is recorded, in the transaction that reads the number, before it leaves the main process.
    const row = await db.transaction().execute(async (trx) => {
      const found = await trx
        .selectFrom('appointments as a')
        .innerJoin('candidates as c', 'c.id', 'a.candidate_id')
        .where('a.id', '=', req.appointmentId)
        .select(['c.id', 'c.id_number', 'c.purged_at', 'a.booking_id'])
        .executeTakeFirst();
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
