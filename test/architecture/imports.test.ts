import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

/** Source without comments, so a comment that mentions `window.` is not a use of the DOM. */
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');
}

/** Source with every string literal emptied, so words in messages ("the desktop window.") are not read as code. */
function withoutStrings(src: string): string {
  return src.replace(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, (m) => m[0]! + m[0]!);
}

function imports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  return [...src.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => (m[1] ?? m[2])!);
}

const NODE_BUILTINS = /^(node:|fs$|path$|os$|crypto$|child_process$|http$|net$|electron$|better-sqlite3$|kysely)/;

describe('architecture boundaries', () => {
  test('renderer/ never imports Node, Electron or the store', () => {
    const bad = files('renderer').flatMap((f) =>
      imports(f)
        .filter((i) => NODE_BUILTINS.test(i) || /(^|\/)electron\//.test(i))
        .map((i) => `${f}: ${i}`),
    );
    expect(bad).toEqual([]);
  });

  test('shared/ imports neither node: nor Electron nor the DOM nor React', () => {
    const bad = files('shared').flatMap((f) => {
      const src = code(f);
      const found = imports(f)
        .filter((i) => NODE_BUILTINS.test(i) || /(^|\/)(electron|renderer)\//.test(i) || /^react/.test(i))
        .map((i) => `${f}: ${i}`);
      // Words inside string literals ("reopen the desktop window.") are messages, not code.
      if (/\b(document|window|localStorage|sessionStorage|navigator)\./.test(withoutStrings(src))) found.push(`${f}: uses the DOM`);
      return found;
    });
    expect(bad).toEqual([]);
  });

  test('the rule engine is pure: no store, no I/O, no Date.now()', () => {
    const bad = files('electron/rules').flatMap((f) => {
      const src = code(f);
      const found = imports(f)
        .filter((i) => /(^|\/)(store|core|audit)\//.test(i) || /^(node:(fs|net|http|child_process)|better-sqlite3|kysely)/.test(i))
        .map((i) => `${f}: ${i}`);
      if (/Date\.now\(|new Date\(\)/.test(src)) found.push(`${f}: reads the wall clock`);
      return found;
    });
    expect(bad).toEqual([]);
  });
});
