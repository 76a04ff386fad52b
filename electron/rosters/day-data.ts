import type { Kysely } from 'kysely';
import { auditHead } from '../audit/audit-log';
import { DomainError } from '../core/errors';
import { loadIncidents } from '../incidents/incidents-repo';
import type { IncidentView } from '../../shared/incidents/contract';
import type { DB } from '../store/schema';
import { localDateTime } from '../today/local-time';
import { firstCenter, idChecksOn, paperPeopleOn, resultsOn, sessionsWithRoomsOn } from './day-data-repo';

/** One booked candidate as paper shows them: never the full document number. */
export interface PaperCandidate {
  appointmentId: number;
  bookingId: string;
  name: string;
  pinyin: string | null;
  /** pinyin_compact: the door list's sort key. */
  sortKey: string;
  documentMasked: string;
  subjectCode: string;
  subjectName: string;
  part: string;
  seat: string | null;
  wheelchair: boolean;
  extraTimePct: number;
  retake: boolean;
  state: string;
  /** Center-local "HH:mm" of the admission, or null. */
  admittedAt: string | null;
  overrideReason: string | null;
}

export interface PaperSession {
  id: number;
  roomCode: string;
  roomName: string;
  /** "HH:mm" center time. */
  start: string;
  durationMin: number;
  /** "A 09:00": how pages name the session. */
  label: string;
  candidates: PaperCandidate[];
}

export interface PaperIdCheck {
  id: number;
  at: string;
  bookingId: string;
  candidateName: string;
  kind: string;
  outcome: string;
  ruleIds: string[];
  documentMasked: string | null;
  operator: string;
  desk: string;
  overrideReason: string | null;
  hash: string;
}

export interface PaperResult {
  bookingId: string;
  candidateName: string;
  subjectCode: string;
  part: string;
  value: number | null;
  maxScore: number;
  absent: boolean;
  passed: boolean;
  state: string;
  releaseDate: string;
}

/** Everything the printed documents of one day need, read in one go. */
export interface PaperDay {
  /** The day's incident reports, oldest first (the attendance report and the ID log print them). */
  incidents: IncidentView[];
  center: { code: string; name: string; nameEn: string; timeZone: string };
  date: string;
  sessions: PaperSession[];
  idChecks: PaperIdCheck[];
  results: PaperResult[];
  auditHead: string;
}

const masked = (last4: string) => `****${last4}`;
const hhmm = (instant: string, zone: string) => localDateTime(instant, zone).slice(11);

export async function loadPaperDay(db: Kysely<DB>, date: string): Promise<PaperDay> {
  const center = await firstCenter(db);
  if (!center) throw new DomainError('NOT_FOUND', 'No center is set up in this database.');
  const zone = center.time_zone;
  const sessions = await sessionsWithRoomsOn(db, date);
  const people = await paperPeopleOn(db, date);
  const bySession = new Map<number, PaperCandidate[]>();
  for (const p of people) {
    const list = bySession.get(p.session_id!) ?? [];
    list.push({
      appointmentId: p.id,
      bookingId: p.booking_id,
      name: p.name,
      pinyin: p.pinyin,
      sortKey: p.pinyin_compact,
      documentMasked: masked(p.id_last4),
      subjectCode: p.code,
      subjectName: p.subject_name,
      part: p.part,
      seat: p.label,
      wheelchair: p.wheelchair === 1,
      extraTimePct: p.extra_time_pct,
      retake: p.attempt_no > 1,
      state: p.state,
      admittedAt: p.admitted_at ? hhmm(p.admitted_at, zone) : null,
      overrideReason: p.override_reason,
    });
    bySession.set(p.session_id!, list);
  }
  const bySeat = (a: PaperCandidate, b: PaperCandidate) => (a.seat ?? '\uffff').localeCompare(b.seat ?? '\uffff', 'en', { numeric: true }) || a.sortKey.localeCompare(b.sortKey) || a.appointmentId - b.appointmentId;

  const checks = await idChecksOn(db, date);
  const results = await resultsOn(db, date);

  return {
    center: { code: center.code, name: center.name, nameEn: center.name_en, timeZone: zone },
    date,
    sessions: sessions.map((s) => ({
      id: s.id,
      roomCode: s.code,
      roomName: s.name,
      start: hhmm(s.starts_at, zone),
      durationMin: s.duration_min,
      label: `${s.code} ${hhmm(s.starts_at, zone)}`,
      candidates: (bySession.get(s.id) ?? []).sort(bySeat),
    })),
    idChecks: checks.map((k) => ({
      id: k.id,
      at: hhmm(k.checked_at, zone),
      bookingId: k.booking_id,
      candidateName: k.name,
      kind: k.kind,
      outcome: k.outcome,
      ruleIds: parseRuleIds(k.rule_ids),
      documentMasked: k.doc_masked,
      operator: k.display_name,
      desk: k.desk,
      overrideReason: k.override_reason,
      hash: k.hash,
    })),
    results: results.map((r) => ({
      bookingId: r.booking_id,
      candidateName: r.name,
      subjectCode: r.code,
      part: r.part,
      value: r.value,
      maxScore: r.max_score,
      absent: r.absent === 1,
      passed: r.passed === 1,
      state: r.state,
      releaseDate: r.release_date,
    })),
    incidents: (await loadIncidents(db, { date })).reverse(),
    auditHead: await auditHead(db),
  };
}

function parseRuleIds(text: string): string[] {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
}
