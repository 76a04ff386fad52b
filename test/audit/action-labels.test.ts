import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { auditActionKey } from '../../shared/audit/action-key';
import { auditActionMessages } from '../../shared/i18n/audit-actions';

/** Every audit action code the main process writes: `action: '…'` (or a ternary of two) and `audit(ctx, id, '…'`. */
function writtenActions(): string[] {
  const files = readdirSync(join(process.cwd(), 'electron'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.startsWith('rules'));
  const codes = new Set<string>();
  for (const f of files) {
    const text = readFileSync(join(process.cwd(), 'electron', f), 'utf8');
    for (const m of text.matchAll(/action:\s*(?:[^,{}'\n]*\?\s*)?'([a-z]+(?:\.[A-Za-z]+)+)'(?:\s*:\s*'([a-z]+(?:\.[A-Za-z]+)+)')?/g)) {
      codes.add(m[1]!);
      if (m[2]) codes.add(m[2]);
    }
    for (const m of text.matchAll(/audit\(ctx,\s*[^,]+,\s*'([a-z]+(?:\.[A-Za-z]+)+)'/g)) codes.add(m[1]!);
  }
  return [...codes].sort();
}

describe('audit actions in words', () => {
  test('every action the desk writes to the audit log has words in Chinese and English', () => {
    const codes = writtenActions();
    // The scan itself finds the actions (a broken regex would make this test pass with nothing).
    expect(codes).toEqual(expect.arrayContaining(['accounts.signIn', 'accounts.signIn.failed', 'seating.swap', 'seating.move', 'store.restore', 'settings.lockMinutes']));
    expect(codes.length).toBeGreaterThan(40);
    for (const lang of ['zh-CN', 'en'] as const) {
      const missing = codes.filter((c) => typeof auditActionMessages[lang][auditActionKey(c)] !== 'string');
      expect(missing, `${lang} has no words for`).toEqual([]);
    }
  });

  test('no words for an action nobody writes (a renamed action leaves no stale label)', () => {
    const keys = new Set(writtenActions().map(auditActionKey));
    expect(Object.keys(auditActionMessages.en).filter((k) => !keys.has(k))).toEqual([]);
    expect(Object.keys(auditActionMessages['zh-CN']).sort()).toEqual(Object.keys(auditActionMessages.en).sort());
  });
});
