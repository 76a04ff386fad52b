import { rulesMessages } from '../../shared/i18n/rules';
import type { MessageTree } from '../../shared/i18n/messages';
import type { Reason, Verdict } from '../../shared/rules/verdict';

export function lookup(tree: MessageTree, key: string): string | undefined {
  let node: string | MessageTree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1] as string).sort();
}

/** Problems with a verdict's keys: missing in a language, or a placeholder without a parameter. */
export function messageProblems(v: Verdict): string[] {
  const problems: string[] = [];
  const items: { key: string; params: Reason['params'] }[] = [{ key: v.messageKey, params: v.params }, ...v.reasons, ...v.reminders];
  for (const { key, params } of items)
    for (const lang of ['zh-CN', 'en'] as const) {
      const text = lookup(rulesMessages[lang], key);
      if (text === undefined) {
        problems.push(`${lang}: missing ${key}`);
        continue;
      }
      for (const p of placeholders(text)) if (!(p in params)) problems.push(`${lang}: ${key} needs {{${p}}}`);
    }
  return problems;
}
