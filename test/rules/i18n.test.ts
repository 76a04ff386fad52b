import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rulesMessages } from '../../shared/i18n/rules';
import type { MessageTree } from '../../shared/i18n/messages';
import { redeemActions, appointmentStates } from '../../shared/rules/requests';
import { docExamples } from './doc-examples';
import { verdict } from './helpers';
import { lookup, messageProblems, placeholders } from './messages';

function leaves(tree: MessageTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : leaves(v, `${prefix}${k}.`)));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('rules messages (zh-CN and en)', () => {
  it('both languages have exactly the same keys and the same placeholders', () => {
    const en = leaves(rulesMessages.en).sort();
    const zh = leaves(rulesMessages['zh-CN']).sort();
    expect(zh).toEqual(en);
    for (const key of en) {
      const a = placeholders(lookup(rulesMessages.en, key) as string);
      const b = placeholders(lookup(rulesMessages['zh-CN'], key) as string);
      expect(b, key).toEqual(a);
      expect((lookup(rulesMessages['zh-CN'], key) as string).length).toBeGreaterThan(0);
    }
  });

  it('every key the engine code can produce exists in both languages', () => {
    const root = fileURLToPath(new URL('../../electron/rules', import.meta.url));
    const keys = new Set<string>();
    for (const file of sourceFiles(root)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/'((?:verdict|reason|remind)\.[\w.-]+)'/g)) keys.add(m[1] as string);
    }
    // Keys built from a template in the code, expanded over every value they can take.
    for (const id of ['BOOK-1', 'BOOK-2', 'BOOK-4', 'BOOK-5']) keys.add(`reason.change.inTime.${id}`).add(`reason.change.late.${id}`);
    for (const s of appointmentStates) keys.add(`reason.admission.state.${s}`);
    for (const a of redeemActions) keys.add(`verdict.redeem.${a}`);
    for (const a of redeemActions.filter((x) => x !== 'expire')) keys.add(`reason.redeem.${a}`);
    for (const b of ['Full', 'Partial', 'None']) keys.add(`reason.training.band${b}`);
    expect(keys.size).toBeGreaterThan(150);
    for (const key of keys) for (const lang of ['zh-CN', 'en'] as const) expect(lookup(rulesMessages[lang], key), `${lang} ${key}`).toBeTypeOf('string');
  });

  it('every documented example verdict has its messages and all their parameters in both languages', () => {
    for (const ex of docExamples()) {
      const out = JSON.parse(ex.actual) as { ok: boolean; verdict?: Parameters<typeof messageProblems>[0] };
      const items = Array.isArray(out) ? out : [out];
      for (const item of items) if (item.ok && item.verdict) expect(messageProblems(item.verdict), ex.title).toEqual([]);
    }
  });

  it('refusal and allowance verdicts across decisions carry complete parameters', () => {
    const v = verdict({
      decision: 'admission',
      profile: 'tencent-test-center',
      now: '2026-12-05T09:10:00+08:00',
      facts: { start: '2026-12-05T09:30:00+08:00', appointmentState: 'booked' },
    });
    expect(messageProblems(v)).toEqual([]);
    expect(lookup(rulesMessages['zh-CN'], v.messageKey)).toMatch(/不得入场/);
  });
});
