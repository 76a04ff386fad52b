import type { ResultView } from '../../shared/scores/contract';
import type { ResultsTable } from '../store/schema';
import type { Selectable } from 'kysely';
import type { Db } from '../store/db';

export function toView(r: Selectable<ResultsTable>): ResultView {
  return {
    id: r.id,
    value: r.value,
    absent: r.absent === 1,
    passed: r.passed === 1,
    state: r.state,
    releaseDate: r.release_date,
    releasedAt: r.released_at,
    reason: r.reason,
    correctsId: r.corrects_id,
  };
}

/** The live (held or released) result of an appointment's part, if any. */
export function liveResult(db: Db, appointmentId: number, part: string) {
  return db.selectFrom('results').selectAll().where('appointment_id', '=', appointmentId).where('part', '=', part).where('state', 'in', ['held', 'released']).executeTakeFirst();
}

/** The latest result of any state (a cancelled one stays visible with its reason). */
export function latestResult(db: Db, appointmentId: number, part: string) {
  return db.selectFrom('results').selectAll().where('appointment_id', '=', appointmentId).where('part', '=', part).where('state', '!=', 'superseded').orderBy('id', 'desc').limit(1).executeTakeFirst();
}
