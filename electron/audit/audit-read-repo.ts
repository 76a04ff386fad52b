import { sql } from 'kysely';
import type { Db } from '../store/db';

/** What the audit screen filters by; instants are ISO UTC, already turned from center days. */
export interface AuditFilter {
  /** Entries at or after this instant. */
  fromAt?: string;
  /** Entries before this instant. */
  beforeAt?: string;
  action?: string;
  operatorId?: number;
  /** A candidate's name (part of it) or a booking id. */
  candidate?: string;
}

/** The newest entries first, at most `limit`, with the operator's name and, for an appointment, its candidate. */
export function auditEntries(db: Db, filter: AuditFilter, limit: number) {
  let q = db
    .selectFrom('audit_log as l')
    .leftJoin('operators as o', 'o.id', 'l.operator_id')
    .leftJoin('appointments as a', (j) => j.on('l.subject_type', '=', 'appointment').on(sql`cast(a.id as text)`, '=', sql.ref('l.subject_id')))
    .leftJoin('candidates as c', 'c.id', 'a.candidate_id')
    .select(['l.seq', 'l.at', 'o.display_name', 'l.action', 'l.subject_type', 'l.subject_id', 'l.detail_json', 'l.hash', 'c.name as candidate', 'a.booking_id']);
  if (filter.fromAt) q = q.where('l.at', '>=', filter.fromAt);
  if (filter.beforeAt) q = q.where('l.at', '<', filter.beforeAt);
  if (filter.action) q = q.where('l.action', '=', filter.action);
  if (filter.operatorId) q = q.where('l.operator_id', '=', filter.operatorId);
  if (filter.candidate) {
    const text = filter.candidate;
    // lower() on both sides: SQLite's LIKE ignores ASCII case and PostgreSQL's does not (#19).
    q = q.where((eb) => eb.or([eb(eb.fn('lower', ['c.name']), 'like', eb.fn('lower', [eb.val(`%${text}%`)])), eb('a.booking_id', '=', text)]));
  }
  return q.orderBy('l.seq', 'desc').limit(limit).execute();
}

/** Every action the log holds, for the screen's filter. */
export async function auditActions(db: Db): Promise<string[]> {
  return (await db.selectFrom('audit_log').select('action').distinct().orderBy('action').execute()).map((a) => a.action);
}

/** The identity document number behind an appointment (and whether retention purged it). */
export function documentOfAppointment(db: Db, appointmentId: number) {
  return db.selectFrom('appointments as a').innerJoin('candidates as c', 'c.id', 'a.candidate_id').where('a.id', '=', appointmentId).select(['c.id', 'c.id_number', 'c.purged_at', 'a.booking_id']).executeTakeFirst();
}
