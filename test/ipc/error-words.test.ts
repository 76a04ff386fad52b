import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, test } from 'vitest';
import { errorMessages } from '../../shared/i18n/errors';
import { namespaces, resourcesFor } from '../../shared/i18n/resources';
import type { IpcError } from '../../shared/ipc/result';
import { errorText } from '../../shared/i18n/error-text';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const tempDir = useTempDir();

/** Every `new DomainError('CONFLICT' | 'REFUSED' | 'VALIDATION', …)` in the main process, with its say key (or null). */
function refusals(): { where: string; key: string | null }[] {
  const root = join(process.cwd(), 'electron');
  const found: { where: string; key: string | null }[] = [];
  for (const f of readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((x) => x.endsWith('.ts'))) {
    const text = readFileSync(join(root, f), 'utf8');
    for (const m of text.matchAll(/new DomainError\(\s*'(CONFLICT|REFUSED|VALIDATION)'/g)) {
      // The call's text up to its closing parenthesis.
      let depth = 0;
      let end = m.index + 'new DomainError'.length;
      do {
        const c = text[end++];
        if (c === '(' || c === '[' || c === '{') depth++;
        else if (c === ')' || c === ']' || c === '}') depth--;
      } while (depth > 0 && end < text.length);
      const call = text.slice(m.index, end);
      const key = /\{\s*key:\s*'([\w.]+)'/.exec(call)?.[1] ?? null;
      found.push({ where: `${f}:${text.slice(0, m.index).split('\n').length}`, key });
    }
  }
  return found;
}

const lookup = (tree: unknown, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

describe('refusals in the operator’s language', () => {
  test('every CONFLICT, REFUSED and VALIDATION the main process throws has words in Chinese and English', () => {
    const all = refusals();
    expect(all.length).toBeGreaterThan(35);
    expect(all.filter((r) => r.key === null).map((r) => r.where)).toEqual([]);
    for (const lang of ['zh-CN', 'en'] as const) {
      const missing = all.filter((r) => typeof lookup(errorMessages[lang], r.key!) !== 'string').map((r) => `${r.where} ${r.key}`);
      expect(missing, lang).toEqual([]);
    }
  });

  test('the registry passes the words on, and the screen says them in Chinese inside the code’s sentence', async () => {
    const d = await openTestDesk(tempDir());
    const manager = await d.as('manager');
    const me = await d.core.store.db.selectFrom('operators').select('id').executeTakeFirstOrThrow();
    const r = await d.registry.invoke('accounts.update', { operatorId: me.id, role: 'proctor', disabled: false }, manager);
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/own manager role/), say: { key: 'accounts.notYourself' } } });
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'zh-CN', resources: { 'zh-CN': resourcesFor('zh-CN') }, ns: Object.keys(namespaces), defaultNS: 'app', interpolation: { escapeValue: false } });
    const error = (r as { error: IpcError }).error;
    expect(errorText(i18n.t, error)).toBe('操作未完成：不能停用自己，也不能取消自己的负责人角色。');
    // Parameters are filled in; an unknown key falls back to the English message.
    expect(errorText(i18n.t, { code: 'CONFLICT', message: 'x', say: { key: 'rooms.codeTaken', params: { code: 'A' } } })).toBe('操作未完成：已有考场使用代码 A。');
    expect(errorText(i18n.t, { code: 'CONFLICT', message: 'English only', say: { key: 'no.such' } })).toBe('操作未完成：English only');
    await d.close();
  });
});
