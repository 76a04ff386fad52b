import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exitCodeOf, runDecide } from '../../electron/rules/cli-decide';
import { decisionNames } from '../../shared/rules/verdict';
import { ruleIds } from '../../shared/rules/rule-ids';
import { DOC_PATH, docExamples } from './doc-examples';

const examples = docExamples();

describe('desk decide on every example of docs/rules.md', () => {
  it('documents at least one example per decision', () => {
    const decided = new Set<string>();
    for (const ex of examples) {
      const req = JSON.parse(ex.request) as { decision: string } | { decision: string }[];
      for (const r of Array.isArray(req) ? req : [req]) decided.add(r.decision);
    }
    for (const name of decisionNames) expect(decided, name).toContain(name);
  });

  for (const ex of examples)
    it(`example "${ex.title}" prints the documented result`, () => {
      expect(JSON.parse(ex.actual)).toEqual(JSON.parse(ex.expected));
    });

  it('maps every rule id to code and tests in the rule-id table', () => {
    const doc = readFileSync(DOC_PATH, 'utf8');
    for (const id of ruleIds) expect(doc, id).toMatch(new RegExp(`^\\| ${id} \\|`, 'm'));
  });
});

describe('desk decide input handling', () => {
  it('answers a single request with a single object and an array with an array', () => {
    const one = {
      decision: 'coupon',
      profile: 'ctyun',
      now: '2026-10-01T10:00:00+08:00',
      facts: { priceFen: 1000, coupon: { kind: 'fixed', valueFen: 300 } },
    };
    const single = JSON.parse(runDecide(JSON.stringify(one)));
    expect(single.ok).toBe(true);
    const many = JSON.parse(runDecide(JSON.stringify([one, { ...one, now: 'yesterday' }])));
    expect(many).toHaveLength(2);
    expect(many[1]).toMatchObject({ ok: false, error: { code: 'VALIDATION', path: '[1].now' } });
    expect(exitCodeOf(runDecide(JSON.stringify([one])))).toBe(0);
    expect(exitCodeOf(runDecide(JSON.stringify([one, {}])))).toBe(1);
  });

  it('reports text that is not JSON as BAD_JSON', () => {
    expect(JSON.parse(runDecide('{nope'))).toMatchObject({ ok: false, error: { code: 'BAD_JSON' } });
  });

  it('rejects an unknown decision with a path, and an impossible date with a message', () => {
    const unknown = JSON.parse(runDecide(JSON.stringify({ decision: 'teleport', profile: 'ctyun', now: '2026-01-01T00:00:00Z', facts: {} })));
    expect(unknown.error.code).toBe('VALIDATION');
    expect(unknown.error.path).toBe('decision');
    const bad = JSON.parse(runDecide(JSON.stringify({ decision: 'refund-training', profile: 'training-f2f', now: '2026-01-01T00:00:00Z', facts: { classStart: '2026-02-30', paidFen: 1 } })));
    expect(bad.error).toMatchObject({ code: 'VALIDATION', path: 'facts.classStart' });
    expect(bad.error.message).toContain('2026-02-30 does not exist: 2026-02 has 28 days');
  });

  it('pretty-prints its JSON', () => {
    expect(runDecide('[]')).toBe('[]');
    expect(runDecide(examples[0]?.request ?? '{}')).toContain('\n  ');
  });
});

describe('docs/rules.md is where the README says, and names code and tests that exist', () => {
  const root = join(dirname(DOC_PATH), '..');

  it('the README links the file the examples above are read from', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(([^)\s]*rules\.md)\)/g)].map((m) => resolve(root, m[1]!));
    expect(links).toContain(DOC_PATH);
    expect(existsSync(DOC_PATH)).toBe(true);
  });

  it('every file of the rule-id table exists, each function it names is in its file, and each test file has a test naming the rule', () => {
    const doc = readFileSync(DOC_PATH, 'utf8');
    const rows = [...doc.matchAll(/^\| ([A-Z]+-\d+(?:, [A-Z]+-\d+)*) \| (.+) \| (.+) \|$/gm)];
    expect(rows.length).toBeGreaterThanOrEqual(ruleIds.length);
    const problems: string[] = [];
    for (const [, ids, code, tests] of rows) {
      if (!tests!.includes('.test.ts')) continue; // the boundaries table: "| rule | allowed while | test |"
      for (const [, file, fn] of code!.matchAll(/`([\w./-]+\.ts)`(?: \(`(\w+)`\))?/g)) {
        const path = file!.includes('/') ? join(root, file!) : join(root, 'electron/rules/decisions', file!);
        if (!existsSync(path)) problems.push(`${ids}: no file ${file}`);
        else if (fn && !readFileSync(path, 'utf8').includes(fn)) problems.push(`${ids}: ${fn} is not in ${file}`);
      }
      // Each rule of the row is named by a test in at least one of the row's test files.
      const texts: string[] = [];
      for (const [, file] of tests!.matchAll(/`([\w.-]+\.test\.ts)`/g)) {
        const path = join(root, 'test/rules', file!);
        if (existsSync(path)) texts.push(readFileSync(path, 'utf8'));
        else problems.push(`${ids}: no test file ${file}`);
      }
      for (const id of ids!.split(', ')) if (!texts.some((t) => t.includes(id))) problems.push(`${ids}: no test of the row names ${id}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('the decide command', () => {
  it('reads stdin, writes the JSON and exits 0 or 1', async () => {
    const { makeDecideCommand } = await import('../../electron/cli/decide-command');
    let written = '';
    const ok = makeDecideCommand({ readInput: async () => examples[0]?.request ?? '{}', write: (t) => (written += t) });
    expect(ok.name).toBe('decide');
    expect(await ok.run({ positional: [], options: {} })).toBe(0);
    expect(JSON.parse(written)).toEqual(JSON.parse(examples[0]?.expected ?? '{}'));
    const bad = makeDecideCommand({ readInput: async () => 'not json', write: () => undefined });
    expect(await bad.run({ positional: [], options: {} })).toBe(1);
  });
});
