import type { SeatPlanView } from '../../shared/seating/contract';
import { DomainError } from '../core/errors';
import type { Db } from '../store/db';
import { localDateTime } from '../today/local-time';
import { countSameSubject, neighbourPairs } from './planner/adjacency';
import { selectAppointments } from '../store/appointments-query';

/** A session's room, seats (with faults), candidates and their seats; also what the printer prints. */
export async function loadSeatPlan(db: Db, sessionId: number): Promise<SeatPlanView> {
  const s = await db
    .selectFrom('exam_sessions as es')
    .innerJoin('rooms as r', 'r.id', 'es.room_id')
    .innerJoin('centers as c', 'c.id', 'r.center_id')
    .where('es.id', '=', sessionId)
    .select(['es.id', 'es.starts_at', 'es.room_id', 'r.code', 'r.name', 'r.rows', 'r.cols', 'r.proctor_row', 'r.proctor_col', 'c.time_zone'])
    .executeTakeFirst();
  if (!s) throw new DomainError('NOT_FOUND', `No session with id ${sessionId}.`);
  const faults = new Set((await db.selectFrom('seat_faults').select('seat_id').where('session_id', '=', sessionId).execute()).map((f) => f.seat_id));
  const assigned = await db.selectFrom('seat_assignments').select(['seat_id', 'appointment_id']).where('session_id', '=', sessionId).execute();
  const bySeat = new Map(assigned.map((a) => [a.seat_id, a.appointment_id]));
  const seats = await db.selectFrom('seats').selectAll().where('room_id', '=', s.room_id).orderBy('row').orderBy('col').execute();
  const people = await selectAppointments(db)
    .where('a.session_id', '=', sessionId)
    .select(['a.id', 'a.attempt_no', 'a.wheelchair', 'a.state', 'c.name', 'c.pinyin', 'c.id_last4', 's.code', 'st.id as seat_id', 'st.label'])
    .orderBy('c.pinyin_compact')
    .execute();
  const plan = await db.selectFrom('seat_plans').selectAll().where('session_id', '=', sessionId).executeTakeFirst();
  // #18.6: the figure is counted from the seats as they are now (after moves, swaps and faults),
  // never copied from the generation result.
  const subjectOf = new Map(people.map((p) => [p.id, p.code]));
  const planSeatsNow = seats.map((x) => ({ id: x.id, row: x.row, col: x.col, wheelchair: x.wheelchair === 1 }));
  const occupants = seats.map((x) => {
    const a = bySeat.get(x.id);
    const subject = a === undefined ? undefined : subjectOf.get(a);
    return a === undefined || subject === undefined ? null : { appointmentId: a, subject, wheelchair: false, retake: false };
  });
  const adjacentNow = countSameSubject(neighbourPairs(planSeatsNow), occupants);
  return {
    sessionId,
    startLocal: localDateTime(s.starts_at, s.time_zone),
    room: { code: s.code, name: s.name, rows: s.rows, cols: s.cols, proctorRow: s.proctor_row, proctorCol: s.proctor_col },
    seats: seats.map((x) => ({
      id: x.id,
      label: x.label,
      row: x.row,
      col: x.col,
      status: faults.has(x.id) ? 'failed' : x.status,
      wheelchair: x.wheelchair === 1,
      appointmentId: bySeat.get(x.id) ?? null,
    })),
    candidates: people.map((p) => ({
      appointmentId: p.id,
      candidateName: p.name,
      pinyin: p.pinyin,
      documentMasked: `****${p.id_last4}`,
      subjectCode: p.code,
      retake: p.attempt_no > 1,
      wheelchair: p.wheelchair === 1,
      seatId: p.seat_id,
      seatLabel: p.label,
      state: p.state,
    })),
    plan: plan ? { seed: plan.seed, adjacentSameSubject: adjacentNow, generatedAt: plan.generated_at } : null,
  };
}
