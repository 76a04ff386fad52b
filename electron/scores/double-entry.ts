import type { Transaction } from 'kysely';
import type { OperatorInfo } from '../../shared/accounts/contract';
import { appendAudit } from '../audit/audit-log';
import { DomainError } from '../core/errors';
import type { RuleEnv } from '../rules/engine';
import type { DB } from '../store/schema';
import { assertScoreAllowed } from './admitted';
import { releaseDateOf, releaseVerdict } from './result-release';
import { liveResult } from './results-repo';
import { insertResult, markSuperseded } from './result-changes-repo';
import { insertResolution, insertScoreEntry, isResolved, scoreEntries, scoreEntriesByNumber, updateScoreEntry } from './score-entries-repo';
import type { ScoreContext } from './score-context';

export interface ScoreInput {
  appointmentId: number;
  part: string;
  value: number | null;
  absent: boolean;
}

const same = (a: { value: number | null; absent: number }, b: { value: number | null; absent: number }) => a.absent === b.absent && a.value === b.value;

/**
 * Makes the live result match what double entry decided: a held result for an agreed (or
 * resolved) score, none while the entries disagree. A changed agreement supersedes the old row.
 */
export async function settle(trx: Transaction<DB>, c: ScoreContext, part: string, decided: { value: number | null; absent: number } | null, op: OperatorInfo, now: Date, env: RuleEnv): Promise<void> {
  const live = await liveResult(trx, c.appointmentId, part);
  if (live && decided && same(live, decided)) return;
  if (live) {
    if (live.state === 'released') throw new DomainError('CONFLICT', 'This result is released and locked; a manager corrects it with a reason.', { key: 'scores.locked' });
    await markSuperseded(trx, live.id);
  }
  if (!decided) return;
  const verdict = releaseVerdict(env, c, part, decided.value, now);
  // RES-1: passed at exactly the pass mark; an absent candidate has failed (DAY-2 "absent counts as failed").
  const passed = decided.absent === 0 && decided.value !== null && decided.value >= c.passScore ? 1 : 0;
  await insertResult(trx, {
    appointment_id: c.appointmentId,
    part,
    value: decided.value,
    absent: decided.absent,
    max_score: c.maxScore,
    pass_score: c.passScore,
    passed,
    state: 'held',
    release_date: releaseDateOf(verdict),
    released_at: null,
    released_by: null,
    corrects_id: null,
    reason: null,
    created_at: now.toISOString(),
    created_by: op.id,
  });
}

/** One operator's entry. Two different operators must agree before a score counts. */
export async function enterScore(trx: Transaction<DB>, c: ScoreContext, input: ScoreInput, op: OperatorInfo, now: Date, env: RuleEnv): Promise<void> {
  if (input.value !== null && input.value > c.maxScore) {
    throw new DomainError('VALIDATION', `The score ${input.value} is above this part's maximum of ${c.maxScore}.`, { key: 'scores.aboveMax', params: { value: input.value, max: c.maxScore } });
  }
  await assertScoreAllowed(trx, c.appointmentId, input);
  if (await isResolved(trx, c.appointmentId, input.part)) throw new DomainError('CONFLICT', 'A manager has already resolved this score.', { key: 'scores.resolved' });
  const entries = await scoreEntriesByNumber(trx, c.appointmentId, input.part);
  const mine = entries.find((e) => e.operator_id === op.id);
  const row = { value: input.value, absent: input.absent ? 1 : 0, entered_at: now.toISOString() };
  if (mine) {
    // A repeated or corrected save by the same operator replaces their own entry: never a duplicate.
    await updateScoreEntry(trx, mine.id, row);
  } else if (entries.length < 2) {
    await insertScoreEntry(trx, { appointment_id: c.appointmentId, part: input.part, entry_no: entries.length === 0 ? 1 : 2, operator_id: op.id, ...row });
  } else {
    throw new DomainError('CONFLICT', 'Two operators have already entered this score.', { key: 'scores.enteredTwice' });
  }
  const after = await scoreEntries(trx, c.appointmentId, input.part);
  const [a, b] = after;
  const decided = a && b && same(a, b) ? { value: a.value, absent: a.absent } : null;
  await settle(trx, c, input.part, decided, op, now, env);
  await appendAudit(trx, {
    at: now.toISOString(),
    operatorId: op.id,
    action: 'scores.enter',
    subjectType: 'appointment',
    subjectId: c.appointmentId,
    detail: { part: input.part, entries: after.length, agreed: decided !== null, disagreed: after.length === 2 && decided === null },
  });
}

/** A manager's decision on a disagreed score, with a reason. */
export async function resolveScore(trx: Transaction<DB>, c: ScoreContext, input: ScoreInput & { reason: string }, op: OperatorInfo, now: Date, env: RuleEnv): Promise<void> {
  if (input.value !== null && input.value > c.maxScore) {
    throw new DomainError('VALIDATION', `The score ${input.value} is above this part's maximum of ${c.maxScore}.`, { key: 'scores.aboveMax', params: { value: input.value, max: c.maxScore } });
  }
  await assertScoreAllowed(trx, c.appointmentId, input);
  const entries = await scoreEntries(trx, c.appointmentId, input.part);
  const [a, b] = entries;
  if (!a || !b || same(a, b)) throw new DomainError('CONFLICT', 'Only a score whose two entries disagree needs a manager.', { key: 'scores.noDisagreement' });
  await insertResolution(trx, { appointment_id: c.appointmentId, part: input.part, value: input.value, absent: input.absent ? 1 : 0, reason: input.reason, operator_id: op.id, resolved_at: now.toISOString() });
  await settle(trx, c, input.part, { value: input.value, absent: input.absent ? 1 : 0 }, op, now, env);
  await appendAudit(trx, {
    at: now.toISOString(),
    operatorId: op.id,
    action: 'scores.resolve',
    subjectType: 'appointment',
    subjectId: c.appointmentId,
    detail: { part: input.part, value: input.value, absent: input.absent, reason: input.reason, first: a.value, second: b.value },
  });
}
