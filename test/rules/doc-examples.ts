/** The examples of docs/rules.md: each ```json request block and the ```json verdict block after it. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runDecide } from '../../electron/rules/cli-decide';

export const DOC_PATH = fileURLToPath(new URL('../../docs/rules.md', import.meta.url));

export interface DocExample {
  title: string;
  request: string;
  expected: string;
  /** What `desk decide` prints for the request now. */
  actual: string;
  /** Character range of the expected block's body in the document. */
  expectedRange: [number, number];
}

const FENCE = /```json (request|verdict)\n([\s\S]*?)```/g;

export function docExamples(text = readFileSync(DOC_PATH, 'utf8')): DocExample[] {
  const out: DocExample[] = [];
  let pending: { title: string; request: string } | null = null;
  for (const m of text.matchAll(FENCE)) {
    const kind = m[1];
    const body = m[2] as string;
    const index = m.index ?? 0;
    if (kind === 'request') {
      if (pending) throw new Error(`docs/rules.md: request "${pending.title}" has no verdict block`);
      const before = text.slice(0, index);
      const heading = [...before.matchAll(/^#{2,4} (.+)$/gm)].at(-1)?.[1] ?? '(untitled)';
      pending = { title: heading, request: body };
    } else {
      if (!pending) throw new Error('docs/rules.md: a verdict block without a request block before it');
      const start = index + '```json verdict\n'.length;
      out.push({
        ...pending,
        expected: body,
        actual: runDecide(pending.request),
        expectedRange: [start, start + body.length],
      });
      pending = null;
    }
  }
  if (pending) throw new Error(`docs/rules.md: request "${pending.title}" has no verdict block`);
  return out;
}
