import type { incidentsContract } from '../../shared/incidents/contract';
import { INCIDENT_RULE } from '../../shared/incidents/contract';
import { instantOfLocal } from '../../shared/time/zoned';
import { appendAudit } from '../audit/audit-log';
import { requireOperator } from '../core/context';
import { DomainError } from '../core/errors';
import type { HandlerMap } from '../core/registry';
import { loadIncidents } from './incidents-repo';
import { appointmentSession, closeOpenIncident, incidentExists, insertIncident, sessionDay } from './incident-changes-repo';
import { centerZone } from '../store/center-zone';

export const incidentsHandlers: HandlerMap<typeof incidentsContract> = {
  'incidents.record': async (req, ctx) => {
    const op = requireOperator(ctx);
    const db = ctx.core.store.db;
    const id = await db.transaction().execute(async (trx) => {
      const session = await sessionDay(trx, req.sessionId);
      if (!session) throw new DomainError('NOT_FOUND', `No session with id ${req.sessionId}.`);
      if (req.appointmentId !== undefined) {
        const a = await appointmentSession(trx, req.appointmentId);
        if (!a || a.session_id !== req.sessionId) {
          throw new DomainError('VALIDATION', `Appointment ${req.appointmentId} is not booked in this session.`, { key: 'incidents.notInSession' });
        }
      }
      const zone = await centerZone(trx);
      const occurred = instantOfLocal(session.local_date, req.occurredAt, zone);
      if (occurred > ctx.now.getTime()) {
        throw new DomainError('VALIDATION', `${session.local_date} ${req.occurredAt} has not happened yet.`, { key: 'incidents.inFuture', params: { date: session.local_date, time: req.occurredAt } });
      }
      const at = ctx.now.toISOString();
      const incidentId = await insertIncident(trx, {
        session_id: session.id,
        appointment_id: req.appointmentId ?? null,
        kind: req.kind,
        occurred_at: new Date(occurred).toISOString(),
        text: req.text,
        recorded_by: op.id,
        recorded_at: at,
        desk: ctx.caller.desk,
        closed_by: null,
        closed_at: null,
        resolution: null,
      });
      await appendAudit(trx, {
        at,
        operatorId: op.id,
        action: 'incidents.record',
        subjectType: 'incident',
        subjectId: incidentId,
        detail: { session: session.id, appointment: req.appointmentId ?? null, kind: req.kind, rule: INCIDENT_RULE[req.kind], occurredAt: req.occurredAt, text: req.text },
      });
      return incidentId;
    });
    return (await loadIncidents(db, { id }))[0]!;
  },

  'incidents.list': (req, ctx) => loadIncidents(ctx.core.store.db, { date: req.date, ...(req.sessionId !== undefined ? { sessionId: req.sessionId } : {}), openOnly: req.openOnly ?? false }),

  'incidents.close': async (req, ctx) => {
    const op = requireOperator(ctx);
    const db = ctx.core.store.db;
    await db.transaction().execute(async (trx) => {
      const at = ctx.now.toISOString();
      // Closed once: the update only touches an open incident (a second close changes nothing and is refused).
      if (!(await closeOpenIncident(trx, req.id, { closedBy: op.id, closedAt: at, resolution: req.resolution }))) {
        if (!(await incidentExists(trx, req.id))) throw new DomainError('NOT_FOUND', `No incident with id ${req.id}.`);
        throw new DomainError('CONFLICT', `Incident ${req.id} is already closed.`, { key: 'incidents.alreadyClosed', params: { id: req.id } });
      }
      await appendAudit(trx, { at, operatorId: op.id, action: 'incidents.close', subjectType: 'incident', subjectId: req.id, detail: { resolution: req.resolution } });
    });
    return (await loadIncidents(db, { id: req.id }))[0]!;
  },
};
