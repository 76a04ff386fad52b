/**
 * Where today's identity check of one appointment stands (DAY-3..DAY-6), from the id_checks log.
 * - A record that a manager corrected (a later 'correction' row naming it) no longer counts; a
 *   correction that is itself corrected no longer voids its record.
 * - DAY-4/DAY-6: a refusal for an identity mismatch cancels the eligibility: it blocks admission
 *   even after a later passing check, until a manager corrects it.
 * - Otherwise the latest identity record of the day decides: another refusal (an expired or
 *   missing original document, a pending staff check) can be cured by checking again.
 */
import type { IdentityStatus } from '../../shared/checkin/types';
import type { Db } from '../store/db';
import { parseRuleIds } from '../idlog/append';
import type { CenterDay } from './center-day';
import { identityRecords } from './identity-records-repo';

/** The identity verdict message that DAY-4/DAY-6 make final for the day. */
export const MISMATCH_MESSAGE_KEY = 'verdict.identity.mismatch';

export interface IdentityGate extends IdentityStatus {
  /** The refusal behind a 'refused'/'blocked' status is one a manager may override. */
  overridable: boolean;
}

function checksOf(text: string): { messageKey?: unknown; overridable?: unknown } {
  try {
    return JSON.parse(text) as { messageKey?: unknown; overridable?: unknown };
  } catch {
    return {};
  }
}

export async function identityStatus(db: Db, appointmentId: number, day: CenterDay): Promise<IdentityGate> {
  const rows = await identityRecords(db, appointmentId);
  // Newest first: a correction counts unless a later correction voids it in turn.
  const corrected = new Set<number>();
  for (const r of [...rows].reverse()) {
    if (r.kind === 'correction' && r.corrects_id !== null && !corrected.has(r.id)) corrected.add(r.corrects_id);
  }
  const today = rows.filter((r) => r.kind === 'identity' && !corrected.has(r.id) && r.checked_at >= day.start && r.checked_at < day.end);
  const gate = (status: IdentityStatus['status'], r: (typeof rows)[number] | undefined): IdentityGate => {
    if (!r) return { status, idCheckId: null, at: null, by: null, ruleIds: [], messageKey: null, overridable: false };
    const checks = checksOf(r.checks_json);
    return {
      status,
      idCheckId: r.id,
      at: r.checked_at,
      by: r.display_name,
      ruleIds: parseRuleIds(r.rule_ids),
      messageKey: typeof checks.messageKey === 'string' ? checks.messageKey : null,
      overridable: status !== 'passed' && checks.overridable === true,
    };
  };
  const mismatch = today.find((r) => r.outcome === 'refused' && checksOf(r.checks_json).messageKey === MISMATCH_MESSAGE_KEY);
  if (mismatch) return gate('blocked', mismatch);
  const latest = today.at(-1);
  if (!latest) return gate('none', undefined);
  return gate(latest.outcome === 'allowed' ? 'passed' : 'refused', latest);
}
