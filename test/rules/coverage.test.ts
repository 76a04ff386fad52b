import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../shared/rules/rule-ids';

const here = fileURLToPath(new URL('.', import.meta.url));
const RULES_MD = fileURLToPath(new URL('../../../shared/RULES.md', import.meta.url));

/** The names given to it(...) / describe(...) in this folder's test files (string literals only). */
function testNames(): string[] {
  return readdirSync(here)
    .filter((f) => f.endsWith('.test.ts'))
    .flatMap((f) => {
      const text = readFileSync(here + f, 'utf8');
      return [...text.matchAll(/\b(?:it|test)\(\s*(['`])((?:(?!\1).)*)\1/g)].map((m) => m[2] as string);
    });
}

describe('rule coverage', () => {
  it('the rule id list matches the ids of ../shared/RULES.md', () => {
    expect(existsSync(RULES_MD), `${RULES_MD} is beside the repository`).toBe(true);
    const text = readFileSync(RULES_MD, 'utf8');
    const ids = [...new Set([...text.matchAll(/^- ([A-Z]+-\d+) /gm)].map((m) => m[1] as string))];
    expect(ids).toEqual([...ruleIds]);
  });

  it('every rule id appears in the name of at least one test', () => {
    const names = testNames();
    const missing = ruleIds.filter((id) => !names.some((n) => new RegExp(`\\b${id}\\b`).test(n)));
    expect(missing).toEqual([]);
  });
});
