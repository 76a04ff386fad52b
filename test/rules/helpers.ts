import { expect } from 'vitest';
import { defaultCalendar } from '../../electron/rules/calendar/default-calendar';
import { decide, type RuleEnv } from '../../electron/rules/engine';
import { loadProfiles } from '../../electron/rules/profiles';
import type { DecisionRequest } from '../../shared/rules/requests';
import type { RuleError, Verdict } from '../../shared/rules/verdict';

export const env: RuleEnv = { profiles: loadProfiles(), calendar: defaultCalendar() };

type Req = DecisionRequest;

/** Decide and insist on a verdict (fails the test on an error value). */
export function verdict(request: Req, e: RuleEnv = env): Verdict {
  const out = decide(request, e);
  if ('error' in out) throw new Error(`expected a verdict, got ${out.error.code}: ${out.error.message}`);
  return out;
}

export function ruleError(request: Req, e: RuleEnv = env): RuleError['error'] {
  const out = decide(request, e);
  if (!('error' in out)) throw new Error(`expected an error, got ${out.outcome} ${out.messageKey}`);
  return out.error;
}

/** Shift an ISO instant by ms, keeping the +08:00 form readable in failures. */
export function shift(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString();
}

export const MIN = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

export function expectOutcome(v: Verdict, outcome: Verdict['outcome'], ruleId?: string): void {
  expect(v.outcome, `${v.messageKey} ${JSON.stringify(v.reasons)}`).toBe(outcome);
  if (ruleId) expect(v.ruleIds).toContain(ruleId);
}
