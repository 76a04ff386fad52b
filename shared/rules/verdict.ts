/**
 * What the rule engine answers. Semantics (docs/rules.md "Outcomes and overrides"):
 * - `allowed`: staff may go ahead; `overridable` is false.
 * - `refused`: the rules say no. `overridable` tells whether a manager may still let it happen
 *   with a written, audited reason (only where RULES.md leaves room, e.g. a sponsor-side fault).
 * - `needs-override`: the rules make it depend on a judgement staff cannot take from the facts
 *   (a claimed platform fault, ...): nothing happens until a manager decides; `overridable` is true.
 */
export const decisionNames = [
  'book',
  'reschedule',
  'cancel',
  'refund-exam',
  'refund-training',
  'defer-training',
  'admission',
  'identity-document',
  'check-in',
  'retake',
  'result-release',
  'certificate',
  'redeem-code',
  'coupon',
  'order-expiry',
  'national-exam-date',
  'notices',
  'image-retention',
  'level-name',
  'catalogue',
  'first-available-date',
] as const;
export type DecisionName = (typeof decisionNames)[number];

export type Outcome = 'allowed' | 'refused' | 'needs-override';

/** One rule's contribution: its id, an i18n key (namespace `rules`) and the key's parameters. */
export interface Reason {
  ruleId: string;
  key: string;
  params: Record<string, string | number>;
}

/** A number the decision used, typed so a screen can show it properly. */
export type Figure =
  | { kind: 'instant'; utc: string; local: string; zone: string }
  | { kind: 'fen'; fen: number }
  | { kind: 'date'; date: string }
  | { kind: 'count'; value: number }
  | { kind: 'percent'; value: number }
  | { kind: 'text'; value: string };

export interface Verdict {
  decision: DecisionName;
  outcome: Outcome;
  /** The rule ids that decided the outcome, in the order they were applied. */
  ruleIds: string[];
  reasons: Reason[];
  /** Things staff should say or do that do not change the outcome (e.g. DAY-7 belongings). */
  reminders: Reason[];
  numbers: Record<string, Figure>;
  /** The headline message, i18n namespace `rules`. */
  messageKey: string;
  params: Record<string, string | number>;
  overridable: boolean;
  profile: { id: string; version: number } | null;
}

export type RuleErrorCode = 'VALIDATION' | 'UNKNOWN_PROFILE' | 'UNKNOWN_PROFILE_VERSION' | 'PROFILE_NOT_IN_FORCE' | 'NOT_APPLICABLE' | 'OUTSIDE_CALENDAR' | 'INCONSISTENT_FACTS';

export interface RuleError {
  /** `date`: for OUTSIDE_CALENDAR, the local date the working-day calendar does not cover. */
  error: { code: RuleErrorCode; message: string; path?: string; date?: string };
}

export function isRuleError(value: Verdict | RuleError): value is RuleError {
  return 'error' in value;
}

/** One answer of `decideAll`: a verdict, or an error value with a code (never a throw). */
export type DecideResult = { ok: true; verdict: Verdict } | { ok: false; error: { code: RuleErrorCode | 'BAD_JSON'; message: string; path?: string; date?: string } };
