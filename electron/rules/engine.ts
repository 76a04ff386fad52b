/**
 * The rule engine: request + profiles + calendar in, verdict out. Pure: it reads no clock (the
 * request carries `now`), does no I/O and imports no store. Every expected failure is a value.
 */
import type { PolicyProfile } from '../../shared/rules/profile-schema';
import { decisionRequestSchema, type DecisionRequest, type ParsedRequest } from '../../shared/rules/requests';
import type { DecideResult, DecisionName, RuleError, Verdict } from '../../shared/rules/verdict';
import { parseInstant } from '../../shared/time/zoned';
import { CalendarRangeError } from './calendar/work-calendar';
import { Ctx, RuleFailure } from './context';
import { decisions } from './decisions';
import type { Decision } from './decisions/types';
import { profileFor } from './profiles';
import { defaultRuleEnv } from './default-env';
import type { RuleEnv } from './rule-env';

export type { RuleEnv } from './rule-env';

const ruleError = (code: RuleError['error']['code'], message: string, path?: string): RuleError => (path === undefined ? { error: { code, message } } : { error: { code, message, path } });

/** zod issues as one readable message and the path of the first one ("facts.expiryDate"). */
export function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): {
  message: string;
  path: string;
} {
  const fmt = (p: readonly PropertyKey[]) => p.map(String).join('.') || '(request)';
  return {
    message: issues.map((i) => `${fmt(i.path)}: ${i.message}`).join('; '),
    path: fmt(issues[0]?.path ?? []),
  };
}

function pickProfile(request: ParsedRequest, env: RuleEnv, anchor: number): PolicyProfile | RuleError {
  const versions = env.profiles.filter((p) => p.id === request.profile);
  if (versions.length === 0) return ruleError('UNKNOWN_PROFILE', `unknown profile "${request.profile}" (known: ${[...new Set(env.profiles.map((p) => p.id))].join(', ')})`, 'profile');
  if (request.profileVersion !== undefined) {
    const exact = versions.find((p) => p.version === request.profileVersion);
    return exact ?? ruleError('UNKNOWN_PROFILE_VERSION', `profile ${request.profile} has no version ${request.profileVersion} (has ${versions.map((p) => p.version).join(', ')})`, 'profileVersion');
  }
  const inForce = profileFor(versions, request.profile, anchor);
  if (inForce) return inForce;
  const ranges = versions.map((p) => `v${p.version} ${p.effectiveFrom} .. ${p.effectiveTo ?? 'open'}`).join('; ');
  return ruleError('PROFILE_NOT_IN_FORCE', `no version of profile ${request.profile} is in force at ${new Date(anchor).toISOString()} (${ranges})`, 'profile');
}

/** Decide one request. Never throws for bad input: returns a RuleError value instead. */
export function decide(request: DecisionRequest, env: RuleEnv): Verdict | RuleError {
  const parsed = decisionRequestSchema.safeParse(request);
  if (!parsed.success) {
    const { message, path } = describeIssues(parsed.error.issues);
    return ruleError('VALIDATION', message, path);
  }
  return decideParsed(parsed.data, env);
}

function decideParsed(request: ParsedRequest, env: RuleEnv, rulesRead: string[] = []): Verdict | RuleError {
  const decision = decisions[request.decision] as unknown as Decision<DecisionName>;
  try {
    const anchor = decision.anchor(request as never);
    const profile = pickProfile(request, env, anchor);
    if ('error' in profile) return profile;
    const ctx = new Ctx(request.decision, parseInstant(request.now), request.timeZone, profile, env.calendar);
    try {
      return decision.run(request.facts as never, ctx);
    } finally {
      rulesRead.push(...ctx.rulesRead);
    }
  } catch (e) {
    if (e instanceof RuleFailure) return ruleError(e.code, e.message, e.path);
    if (e instanceof CalendarRangeError) return { error: { code: 'OUTSIDE_CALENDAR', message: e.message, date: e.date } };
    throw e;
  }
}

/**
 * Decide one request and say which rules the engine read on the way (parameters of the profile
 * and checks consulted, in order): every verdict must name exactly these (test/rules/rule-reads.test.ts).
 */
export function decideTraced(request: DecisionRequest, env: RuleEnv): { result: Verdict | RuleError; rulesRead: string[] } {
  const parsed = decisionRequestSchema.safeParse(request);
  if (!parsed.success) return { result: decide(request, env), rulesRead: [] };
  const rulesRead: string[] = [];
  return { result: decideParsed(parsed.data, env, rulesRead), rulesRead };
}

function toResult(input: unknown, env: RuleEnv, prefix: string): DecideResult {
  const parsed = decisionRequestSchema.safeParse(input);
  if (!parsed.success) {
    const { message, path } = describeIssues(parsed.error.issues);
    return { ok: false, error: { code: 'VALIDATION', message, path: prefix + path } };
  }
  const out = decideParsed(parsed.data, env);
  if ('error' in out) return { ok: false, error: out.error };
  return { ok: true, verdict: out };
}

/**
 * Validate and decide one request or an array of them (the CLI's input); one result per item.
 * `env` defaults to the shipped profiles and calendar.
 */
export function decideAll(input: unknown, env: RuleEnv = defaultRuleEnv()): DecideResult[] {
  if (Array.isArray(input)) return input.map((item, i) => toResult(item, env, `[${i}].`));
  return [toResult(input, env, '')];
}
