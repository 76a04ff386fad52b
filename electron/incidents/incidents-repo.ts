import { INCIDENT_RULE, type IncidentView } from '../../shared/incidents/contract';
import type { Db } from '../store/db';
import { localDateTime } from '../today/local-time';
import { centerZone } from '../store/center-zone';

/** Incidents as the screen, the printed reports and the audit detail show them. */
export async function loadIncidents(db: Db, where: { id?: number; date?: string; sessionId?: number; openOnly?: boolean }): Promise<IncidentView[]> {
  const zone = await centerZone(db);
  let q = db
    .selectFrom('incidents as i')
    .innerJoin('exam_sessions as es', 'es.id', 'i.session_id')
    .innerJoin('rooms as r', 'r.id', 'es.room_id')
    .innerJoin('operators as rec', 'rec.id', 'i.recorded_by')
    .leftJoin('operators as clo', 'clo.id', 'i.closed_by')
    .leftJoin('appointments as a', 'a.id', 'i.appointment_id')
    .leftJoin('candidates as c', 'c.id', 'a.candidate_id')
    .select([
      'i.id',
      'i.kind',
      'i.session_id',
      'i.appointment_id',
      'i.occurred_at',
      'i.text',
      'i.recorded_at',
      'i.closed_at',
      'i.resolution',
      'es.starts_at',
      'r.code as room_code',
      'rec.display_name as recorded_by',
      'clo.display_name as closed_by',
      'c.name as candidate_name',
      'a.booking_id',
    ]);
  if (where.id !== undefined) q = q.where('i.id', '=', where.id);
  if (where.date !== undefined) q = q.where('es.local_date', '=', where.date);
  if (where.sessionId !== undefined) q = q.where('i.session_id', '=', where.sessionId);
  if (where.openOnly) q = q.where('i.closed_at', 'is', null);
  const rows = await q.orderBy('i.occurred_at', 'desc').orderBy('i.id', 'desc').execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    ruleId: INCIDENT_RULE[r.kind],
    sessionId: r.session_id,
    sessionLabel: `${r.room_code} ${localDateTime(r.starts_at, zone).slice(11)}`,
    appointmentId: r.appointment_id,
    candidateName: r.candidate_name,
    bookingId: r.booking_id,
    occurredLocal: localDateTime(r.occurred_at, zone),
    text: r.text,
    recordedBy: r.recorded_by,
    recordedAt: r.recorded_at,
    state: r.closed_at === null ? 'open' : 'closed',
    resolution: r.resolution,
    closedBy: r.closed_by,
    closedLocal: r.closed_at === null ? null : localDateTime(r.closed_at, zone),
  }));
}
