import type { Kysely } from 'kysely';
import type { ExportKind } from '../../../shared/exchange/export-contract';
import type { DB } from '../../store/schema';
import { localDateTime } from '../../today/local-time';
import { centerZone } from '../../store/center-zone';
import { attendanceRows, exportedCenterCode, idCheckRows, resultRows } from './export-repo';
import { INCIDENT_EXPORT_HEADER, incidentExportRows } from './incident-rows-repo';

export interface ExportTable {
  header: string[];
  rows: (string | number | null)[][];
}

/** The same masked form the desk shows: the last 4 characters only. */
const masked = (last4: string) => `****${last4}`;

/**
 * The rows a sponsor gets for a day. Document numbers leave the desk masked (last 4): the sponsor
 * matches by its own booking id, so the full number is never needed in an export.
 */
export async function exportRows(db: Kysely<DB>, kind: ExportKind, date: string): Promise<ExportTable> {
  if (kind === 'incidents') return { header: [...INCIDENT_EXPORT_HEADER], rows: await incidentExportRows(db, date) };
  const zone = await centerZone(db);
  const center = (await exportedCenterCode(db)) ?? '';
  if (kind === 'attendance') {
    const rows = await attendanceRows(db, date);
    return {
      header: ['booking_id', 'sponsor', 'center_code', 'subject_code', 'part', 'start_local', 'room', 'candidate_name', 'id_type', 'id_number_masked', 'attendance', 'admitted_at_local', 'override_reason'],
      rows: rows.map((r) => [
        r.booking_id,
        r.sponsor,
        center,
        r.code,
        r.part,
        localDateTime(r.starts_at, zone),
        r.room,
        r.name,
        r.id_type,
        masked(r.id_last4),
        r.admitted_at ? 'admitted' : r.state === 'no-show' ? 'absent' : r.state,
        r.admitted_at ? localDateTime(r.admitted_at, zone) : null,
        r.override_reason,
      ]),
    };
  }
  if (kind === 'idchecks') {
    const rows = await idCheckRows(db, date);
    return {
      header: ['record_id', 'checked_at_local', 'booking_id', 'kind', 'outcome', 'rule_ids', 'document_type', 'document_masked', 'operator', 'desk', 'override_reason', 'record_hash'],
      rows: rows.map((r) => [r.id, localDateTime(r.checked_at, zone), r.booking_id, r.kind, r.outcome, r.rule_ids, r.doc_type, r.doc_masked, r.display_name, r.desk, r.override_reason, r.hash]),
    };
  }
  const rows = await resultRows(db, date);
  return {
    header: ['booking_id', 'subject_code', 'part', 'score', 'max_score', 'absent', 'passed', 'state', 'release_date', 'released_at_local', 'reason'],
    rows: rows.map((r) => [
      r.booking_id,
      r.code,
      r.part,
      r.value,
      r.max_score,
      r.absent ? 'yes' : 'no',
      r.passed ? 'yes' : 'no',
      r.state,
      r.release_date,
      r.released_at ? localDateTime(r.released_at, zone) : null,
      r.reason,
    ]),
  };
}
