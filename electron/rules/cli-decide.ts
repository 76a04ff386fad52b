/**
 * `desk decide`: one JSON request (or a JSON array of them) on stdin, the result(s) as pretty
 * JSON. A single request gives a single result object; an array gives an array.
 */
import type { DecideResult } from '../../shared/rules/verdict';
import { defaultRuleEnv } from './default-env';
import { decideAll, type RuleEnv } from './engine';

export { defaultRuleEnv };

export function runDecide(stdinText: string, env: RuleEnv = defaultRuleEnv()): string {
  let input: unknown;
  try {
    input = JSON.parse(stdinText);
  } catch (e) {
    const bad: DecideResult = { ok: false, error: { code: 'BAD_JSON', message: `stdin is not JSON: ${(e as Error).message}` } };
    return JSON.stringify(bad, null, 2);
  }
  const results = decideAll(input, env);
  return JSON.stringify(Array.isArray(input) ? results : results[0], null, 2);
}

/** Exit status for the CLI: 0 when every item was decided (whatever the outcome), 1 otherwise. */
export function exitCodeOf(output: string): number {
  const parsed = JSON.parse(output) as DecideResult | DecideResult[];
  const items = Array.isArray(parsed) ? parsed : [parsed];
  return items.every((r) => r.ok) ? 0 : 1;
}
