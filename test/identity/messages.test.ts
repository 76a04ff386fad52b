import { describe, expect, test } from 'vitest';
import { identityMessages } from '../../shared/i18n/identity';
import { languages, type MessageTree } from '../../shared/i18n/messages';
import { DOCUMENT_TYPES } from '../../shared/identity/document-types';
import { DOCUMENT_ERROR_CODES } from '../../shared/identity/error-codes';
import { NAME_MATCH_KINDS } from '../../shared/names/match';
import { QUERY_KINDS } from '../../shared/names/query-kind';

const groups: Record<string, readonly string[]> = {
  error: DOCUMENT_ERROR_CODES,
  documentType: DOCUMENT_TYPES,
  formatHint: DOCUMENT_TYPES,
  nameMatch: NAME_MATCH_KINDS,
  queryKind: QUERY_KINDS,
};

const placeholders = (s: string): string[] => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();

describe('identity messages', () => {
  for (const lang of languages) {
    test.each(Object.entries(groups))(`every %s code has a ${lang} message and there are no stale keys`, (group, codes) => {
      const tree = identityMessages[lang][group] as MessageTree | undefined;
      expect(tree, `${lang}.${group}`).toBeTypeOf('object');
      expect(Object.keys(tree ?? {}).sort()).toEqual([...codes].sort());
      for (const code of codes) {
        const text = tree?.[code];
        expect(typeof text === 'string' && text.trim().length > 0, `${lang}.${group}.${code}`).toBe(true);
      }
    });
  }

  test('zh-CN texts are Chinese, English texts are not, and both use the same placeholders', () => {
    for (const [group, codes] of Object.entries(groups)) {
      for (const code of codes) {
        const zh = (identityMessages['zh-CN'][group] as MessageTree)[code] as string;
        const en = (identityMessages.en[group] as MessageTree)[code] as string;
        expect(/\p{Script=Han}/u.test(zh), `zh-CN.${group}.${code}`).toBe(true);
        expect(/\p{Script=Han}/u.test(en), `en.${group}.${code}`).toBe(false);
        expect(placeholders(zh)).toEqual(placeholders(en));
      }
    }
  });
});
