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

export class Ctx {
  constructor(
    readonly decision: DecisionName,
    readonly now: number,
    readonly zone: string,
    readonly profile: PolicyProfile,
    readonly calendar: WorkCalendar,
  ) {}

  /** The profile section a decision needs; NOT_APPLICABLE when the profile has none. */
  need<K extends keyof ProfileParameters>(section: K, what: string): NonNullable<ProfileParameters[K]> {
    const value = this.profile.parameters[section];
    if (value === undefined || value === null)
      throw new RuleFailure(
        'NOT_APPLICABLE',
        `profile ${this.profile.id} v${this.profile.version} has no ${what} rule (parameters.${String(section)})`,
      );
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

  /** A rule that decided (or contributed to) the outcome. */
  because(ruleId: string, key: RuleMessageKey, params: Params = {}): this {
    this.reasons.push({ ruleId, key, params });
    return this;
  }

  /** Something to tell the candidate that does not change the outcome. */
  remind(ruleId: string, key: RuleMessageKey, params: Params = {}): this {
    this.reminders.push({ ruleId, key, params });
    return this;
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
    const ruleIds: string[] = [];
    for (const r of this.reasons) if (!ruleIds.includes(r.ruleId)) ruleIds.push(r.ruleId);
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
