import type { FactsOf, RequestOf } from '../../../shared/rules/requests';
import type { DecisionName, Verdict } from '../../../shared/rules/verdict';
import type { Ctx } from '../context';

/** One decision: the instant that picks the profile version, and the rule function itself. */
export interface Decision<D extends DecisionName> {
  name: D;
  /** The instant whose profile version judges the request (docs/rules.md "Profile versions"). */
  anchor(request: RequestOf<D>): number;
  run(facts: FactsOf<D>, ctx: Ctx): Verdict;
}
