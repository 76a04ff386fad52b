import type { Kysely } from 'kysely';
import { INCIDENT_RULE } from '../../../shared/incidents/contract';
import type { DB } from '../../store/schema';
import { centerZone } from '../../store/center-zone';
import { localDateTime } from '../../today/local-time';

/** The columns of the incidents export (#18). No document number, not even masked: an incident names the candidate by admission code. */
export const INCIDENT_EXPORT_HEADER = [
  'occurred_at_local',
  'session',
  'room',
  'candidate_name',
  'admission_code',
  'kind',
  'rule_id',
  'text',
  'recorded_by',
  'status',
  'closed_by',
  'closed_at_local',
  'resolution',
] as const;

/** The incidents of a day for the sponsor, beside the ID log: oldest first, times in the center's zone. */
export async function incidentExportRows(db: Kysely<DB>, date: string): Promise<(string | null)[][]> {
  const zone = await centerZone(db);
  const rows = await db
    .selectFrom('incidents as i')
    .innerJoin('exam_sessions as es', 'es.id', 'i.session_id')
    .innerJoin('rooms as r', 'r.id', 'es.room_id')
    .innerJoin('operators as rec', 'rec.id', 'i.recorded_by')
    .leftJoin('operators as clo', 'clo.id', 'i.closed_by')
    .leftJoin('appointments as a', 'a.id', 'i.appointment_id')
    .leftJoin('candidates as c', 'c.id', 'a.candidate_id')
    .where('es.local_date', '=', date)
    .select(['i.kind', 'i.occurred_at', 'i.text', 'i.closed_at', 'i.resolution', 'es.starts_at', 'r.code as room', 'rec.display_name as recorded_by', 'clo.display_name as closed_by', 'c.name', 'a.admission_code'])
    .orderBy('i.occurred_at')
    .orderBy('i.id')
    .execute();
  return rows.map((r) => [
    localDateTime(r.occurred_at, zone),
    localDateTime(r.starts_at, zone),
    r.room,
    r.name,
    r.admission_code,
    r.kind,
    INCIDENT_RULE[r.kind],
    r.text,
    r.recorded_by,
    r.closed_at === null ? 'open' : 'closed',
    r.closed_by,
    r.closed_at === null ? null : localDateTime(r.closed_at, zone),
    r.resolution,
  ]);
}
