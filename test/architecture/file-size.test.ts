import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/** The team's limit: a source file over this many lines is split by what it holds. */
const MAX_LINES = 300;
const ROOTS = ['electron', 'shared', 'renderer', 'test'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|tsx|js|jsx|mjs|cjs)$/.test(name) ? [p] : [];
  });
}

/** Lines as `wc -l` counts them, plus a last line without a newline. */
function lineCount(text: string): number {
  if (text === '') return 0;
  const lines = text.split('\n').length;
  return text.endsWith('\n') ? lines - 1 : lines;
}

describe('file size', () => {
  test('lines are counted like wc -l', () => {
    expect([lineCount(''), lineCount('a'), lineCount('a\n'), lineCount('a\nb'), lineCount('a\nb\n\n')]).toEqual([0, 1, 1, 2, 3]);
  });

  test(`no source file under ${ROOTS.join('/, ')}/ is over ${MAX_LINES} lines`, () => {
    const all = ROOTS.flatMap(sources);
    expect(all.length).toBeGreaterThan(100);
    const over = all
      .map((file) => ({ file, lines: lineCount(readFileSync(file, 'utf8')) }))
      .filter((f) => f.lines > MAX_LINES)
      .sort((a, b) => b.lines - a.lines)
      .map((f) => `${f.file}: ${f.lines} lines`);
    expect(over).toEqual([]);
  });
});
