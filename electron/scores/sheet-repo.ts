import type { Kysely } from 'kysely';
import type { OperatorInfo } from '../../shared/accounts/contract';
import type { EntryStatus, ScoreRow, ScoreSheet } from '../../shared/scores/contract';
import { DomainError } from '../core/errors';
import type { DB } from '../store/schema';
import { localDateTime } from '../today/local-time';
import { latestResult, toView } from './results-repo';
import { selectAppointments } from '../store/appointments-query';

/** The score grid of one session and part: every appointment that was not cancelled. */
export async function loadSheet(db: Kysely<DB>, sessionId: number, part: 'theory' | 'lab' | 'interview', op: OperatorInfo): Promise<ScoreSheet> {
  const session = await db
    .selectFrom('exam_sessions as es')
    .innerJoin('rooms as r', 'r.id', 'es.room_id')
    .innerJoin('centers as c', 'c.id', 'r.center_id')
    .where('es.id', '=', sessionId)
    .select(['es.starts_at', 'r.name', 'c.time_zone'])
    .executeTakeFirst();
  if (!session) throw new DomainError('NOT_FOUND', `No session with id ${sessionId}.`);
  const rows = await selectAppointments(db)
    .innerJoin('subject_parts as sp', (j) => j.onRef('sp.subject_id', '=', 'a.subject_id').on('sp.part', '=', part))
    .where('a.session_id', '=', sessionId)
    .where('a.state', 'not in', ['cancelled', 'rescheduled'])
    .select(['a.id', 'a.admission_code', 'a.attempt_no', 'c.name', 'c.id_last4', 'c.pinyin_compact', 'sp.max_score', 'sp.pass_score', 'ci.id as check_in_id'])
    .orderBy('c.pinyin_compact')
    .execute();
  const out: ScoreRow[] = [];
  for (const r of rows) {
    const entries = await db
      .selectFrom('scores as s')
      .innerJoin('operators as o', 'o.id', 's.operator_id')
      .where('s.appointment_id', '=', r.id)
      .where('s.part', '=', part)
      .select(['s.value', 's.absent', 's.operator_id', 'o.display_name'])
      .orderBy('s.entry_no')
      .execute();
    const resolution = await db.selectFrom('score_resolutions').select('id').where('appointment_id', '=', r.id).where('part', '=', part).executeTakeFirst();
    const [a, b] = entries;
    const agree = a && b && a.value === b.value && a.absent === b.absent;
    const status: EntryStatus = resolution ? 'resolved' : entries.length === 0 ? 'empty' : entries.length === 1 ? 'one-entry' : agree ? 'agreed' : 'disagreed';
    const mine = entries.find((e) => e.operator_id === op.id);
    const result = await latestResult(db, r.id, part);
    const entry = (e: typeof a) => ({ value: e!.value, absent: e!.absent === 1, by: e!.display_name });
    out.push({
      appointmentId: r.id,
      candidateName: r.name,
      documentMasked: `****${r.id_last4}`,
      admissionCode: r.admission_code,
      attemptNo: r.attempt_no,
      maxScore: r.max_score,
      passScore: r.pass_score,
      status,
      admitted: r.check_in_id !== null,
      myEntry: mine ? { value: mine.value, absent: mine.absent === 1 } : null,
      entries: entries.length,
      disagreement: status === 'disagreed' && op.role === 'manager' ? { first: entry(a), second: entry(b) } : null,
      result: result ? toView(result) : null,
    });
  }
  return { sessionId, part, startLocal: localDateTime(session.starts_at, session.time_zone), roomName: session.name, rows: out };
}
