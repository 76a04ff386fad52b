/**
 * What a decision function works with: the instant, the center zone, the profile in force, the
 * calendar, and a builder that turns its findings into a Verdict. Pure: no clock, no I/O.
 */
import type { PolicyProfile, ProfileParameters } from '../../shared/rules/profile-schema';
import type { DecisionName, Figure, Outcome, Reason, RuleErrorCode, Verdict } from '../../shared/rules/verdict';
import type { RuleMessageKey } from '../../shared/i18n/rules';
import type { LocalDate } from '../../shared/time/dates';
import { formatLocal, formatLocalIso, formatUtc, localDateOf, parseInstant } from '../../shared/time/zoned';
import type { WorkCalendar } from './calendar/work-calendar';
import { OLD_LIMIT_NAMES } from '../../shared/rules/limit-names';
import { ruleOfParameter } from '../../shared/rules/param-rules';

/** An expected failure of a decision that becomes a RuleError value (never crosses decide()). */
export class RuleFailure extends Error {
  constructor(
    readonly code: RuleErrorCode,
    message: string,
    readonly path?: string,
  ) {
    super(message);
    this.name = 'RuleFailure';
  }
}

export type Params = Record<string, string | number>;

/**
 * The profile's parameters behind a proxy that records, in order, the rule of every parameter a
 * decision reads (shared/rules/param-rules.ts). Arrays and primitives are leaves.
 */
function tracked<T extends object>(value: T, path: string[], record: (ruleId: string) => void): T {
  return new Proxy(value, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (typeof prop !== 'string') return v;
      const at = [...path, prop];
      if (v !== null && typeof v === 'object' && !Array.isArray(v)) return tracked(v, at, record);
      if (v !== undefined) {
        const rule = ruleOfParameter(at, v);
        if (rule) record(rule);
      }
      return v;
    },
  });
}

export class Ctx {
  /** The rules this decision applied, in first-use order: parameters read and checks consulted. */
  readonly rulesRead: string[] = [];
  readonly profile: PolicyProfile;

  constructor(
    readonly decision: DecisionName,
    readonly now: number,
    readonly zone: string,
    profile: PolicyProfile,
    readonly calendar: WorkCalendar,
  ) {
    this.profile = { ...profile, parameters: tracked(profile.parameters, [], (id) => this.consult(id)) };
  }

  /** Record a rule applied from the facts alone (no parameter): e.g. DAY-8, DAY-4, PAY-3. */
  consult(ruleId: string): void {
    if (!this.rulesRead.includes(ruleId)) this.rulesRead.push(ruleId);
  }

  /** The profile section a decision needs; NOT_APPLICABLE when the profile has none. */
  need<K extends keyof ProfileParameters>(section: K, what: string): NonNullable<ProfileParameters[K]> {
    const value = this.profile.parameters[section];
    if (value === undefined || value === null) throw new RuleFailure('NOT_APPLICABLE', `profile ${this.profile.id} v${this.profile.version} has no ${what} rule (parameters.${String(section)})`);
    return value as NonNullable<ProfileParameters[K]>;
  }

  instant(text: string): number {
    return parseInstant(text);
  }

  localDate(instant: number): LocalDate {
    return localDateOf(instant, this.zone);
  }

  /** "YYYY-MM-DD HH:mm" center time, for message parameters. */
  local(instant: number): string {
    return formatLocal(instant, this.zone);
  }

  figInstant(instant: number): Figure {
    return { kind: 'instant', utc: formatUtc(instant), local: formatLocalIso(instant, this.zone), zone: this.zone };
  }

  builder(): VerdictBuilder {
    return new VerdictBuilder(this);
  }
}

export const yuan = (fen: number): string => (fen / 100).toFixed(2);

export class VerdictBuilder {
  private readonly reasons: Reason[] = [];
  private readonly reminders: Reason[] = [];
  private readonly numbers: Record<string, Figure> = {};

  constructor(private readonly ctx: Ctx) {}

  private readonly named: string[] = [];

  /** A rule that decided (or contributed to) the outcome. */
  because(ruleId: string, key: RuleMessageKey, params: Params = {}): this {
    this.reasons.push({ ruleId, key, params });
    return this.uses(ruleId);
  }

  /** A rule whose parameter or check the verdict used without a sentence of its own (ORD-1's expiry). */
  uses(ruleId: string): this {
    if (!this.named.includes(ruleId)) this.named.push(ruleId);
    return this;
  }

  /** Something to tell the candidate that does not change the outcome. */
  remind(ruleId: string, key: RuleMessageKey, params: Params = {}): this {
    this.reminders.push({ ruleId, key, params });
    return this.uses(ruleId);
  }

  instant(name: string, instant: number): this {
    this.numbers[name] = this.ctx.figInstant(instant);
    return this;
  }

  date(name: string, date: LocalDate): this {
    this.numbers[name] = { kind: 'date', date };
    return this;
  }

  fen(name: string, fen: number): this {
    this.numbers[name] = { kind: 'fen', fen };
    return this;
  }

  count(name: string, value: number): this {
    this.numbers[name] = { kind: 'count', value };
    return this;
  }

  percent(name: string, value: number): this {
    this.numbers[name] = { kind: 'percent', value };
    return this;
  }

  text(name: string, value: string): this {
    this.numbers[name] = { kind: 'text', value };
    return this;
  }

  private build(outcome: Outcome, messageKey: RuleMessageKey, params: Params, overridable: boolean): Verdict {
    const ruleIds = [...this.named];
    // #17.6: the names before the Before/Through rule, printed beside the new ones for one version.
    for (const [name, old] of Object.entries(OLD_LIMIT_NAMES[this.ctx.decision] ?? {})) {
      const figure = this.numbers[name];
      if (figure) this.numbers[old] = figure;
    }
    return {
      decision: this.ctx.decision,
      outcome,
      ruleIds,
      reasons: this.reasons,
      reminders: this.reminders,
      numbers: this.numbers,
      messageKey,
      params,
      overridable,
      profile: { id: this.ctx.profile.id, version: this.ctx.profile.version },
    };
  }

  allow(messageKey: RuleMessageKey, params: Params = {}): Verdict {
    return this.build('allowed', messageKey, params, false);
  }

  /** A refusal; `overridable` only where RULES.md leaves a manager room (docs/rules.md). */
  refuse(messageKey: RuleMessageKey, params: Params = {}, opts: { overridable: boolean } = { overridable: false }): Verdict {
    return this.build('refused', messageKey, params, opts.overridable);
  }

  /** Nothing happens until a manager decides; always overridable. */
  needsOverride(messageKey: RuleMessageKey, params: Params = {}): Verdict {
    return this.build('needs-override', messageKey, params, true);
  }
}
