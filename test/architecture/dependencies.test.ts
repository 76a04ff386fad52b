import { describe, expect, test } from 'vitest';
import { importCycles, importGraph, importsAcross, resolveRelative, specifiersOf, type ImportGraph } from './import-graph';

/** What electron/core may import: itself, the store it runs on, and the generic IPC machinery of shared/ipc. */
const CORE_MAY_IMPORT = ['electron/core', 'electron/store', 'shared/ipc/channel.ts', 'shared/ipc/result.ts', 'shared/ipc/compose.ts', 'shared/ipc/schemas.ts'];

/** The imports of core that go anywhere else (a domain, the composition root, a domain's contract). */
function coreViolations(graph: ImportGraph): string[] {
  const allowed = (t: string) => CORE_MAY_IMPORT.some((a) => (a.endsWith('.ts') ? t === a : t.startsWith(`${a}/`)));
  return importsAcross(graph, 'electron/core', ['electron', 'shared']).filter((edge) => !allowed(edge.split(' -> ')[1]!));
}

const graph = importGraph(process.cwd(), ['electron', 'shared']);

describe('dependency rules over the real import graph (#16)', () => {
  test('the walker sees the tree (a sanity floor, so an empty graph cannot pass the rules below)', () => {
    expect(graph.size).toBeGreaterThan(200);
    expect(graph.get('electron/app/build-registry.ts')).toContain('electron/accounts/handlers.ts');
  });

  test('core imports no domain: only core, the store and the generic IPC machinery (the composition root is electron/app)', () => {
    expect(coreViolations(graph)).toEqual([]);
  });

  test('electron/ and shared/ have no import cycles (type-only imports count too)', () => {
    expect(importCycles(graph)).toEqual([]);
  });
});

describe('the import-graph walker finds violations (synthetic graphs)', () => {
  const g = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));

  test('a cycle of three files is found as one component; a file importing itself is a cycle', () => {
    const cyclic = g({ 'a.ts': ['b.ts'], 'b.ts': ['c.ts'], 'c.ts': ['a.ts', 'd.ts'], 'd.ts': [], 'e.ts': ['e.ts'] });
    expect(importCycles(cyclic)).toEqual([['a.ts', 'b.ts', 'c.ts'], ['e.ts']]);
  });

  test('two files that import each other (engine <-> default-env) are a cycle; a diamond is not', () => {
    expect(importCycles(g({ 'engine.ts': ['default-env.ts'], 'default-env.ts': ['engine.ts'] }))).toEqual([['default-env.ts', 'engine.ts']]);
    expect(importCycles(g({ 'a.ts': ['b.ts', 'c.ts'], 'b.ts': ['d.ts'], 'c.ts': ['d.ts'], 'd.ts': [] }))).toEqual([]);
  });

  test('a long chain does not overflow the stack and its closing edge is found', () => {
    const edges: Record<string, string[]> = {};
    for (let i = 0; i < 3000; i++) edges[`f${i}.ts`] = [`f${i + 1}.ts`];
    edges['f3000.ts'] = [];
    expect(importCycles(g(edges))).toEqual([]);
    edges['f3000.ts'] = ['f0.ts'];
    expect(importCycles(g(edges))[0]).toHaveLength(3001);
  });

  test('core importing a domain, a domain contract or the composition root is a violation; the store and shared/ipc are not', () => {
    const synthetic = g({
      'electron/core/context.ts': ['electron/store/open.ts', 'shared/ipc/result.ts', 'electron/rosters/printer.ts'],
      'electron/core/session.ts': ['shared/accounts/contract.ts', 'shared/ipc/contract.ts'],
      'electron/core/registry.ts': ['electron/app/build-registry.ts'],
      'electron/app/build-registry.ts': ['electron/core/registry.ts', 'electron/accounts/handlers.ts'],
    });
    expect(coreViolations(synthetic)).toEqual([
      'electron/core/context.ts -> electron/rosters/printer.ts',
      'electron/core/session.ts -> shared/accounts/contract.ts',
      'electron/core/session.ts -> shared/ipc/contract.ts',
      'electron/core/registry.ts -> electron/app/build-registry.ts',
    ]);
  });

  test('every kind of import is read: import type, re-export, side effect and dynamic import', () => {
    const src = ["import type { A } from './a';", "export { b } from './b';", "import './c';", "const d = await import('./d');", "// import { e } from './e' (a comment is not an import)"].join('\n');
    expect(specifiersOf(src)).toEqual(['./a', './b', './c', './d']);
  });

  test('relative specifiers resolve to .ts, .tsx or a folder index; packages are not followed', () => {
    const files = new Set(['electron/rules/engine.ts', 'renderer/src/App.tsx', 'electron/rules/calendar/index.ts']);
    const exists = (p: string) => files.has(p);
    expect(resolveRelative('electron/rules/default-env.ts', './engine', exists)).toBe('electron/rules/engine.ts');
    expect(resolveRelative('renderer/src/main.tsx', './App', exists)).toBe('renderer/src/App.tsx');
    expect(resolveRelative('electron/rules/index.ts', './calendar', exists)).toBe('electron/rules/calendar/index.ts');
    expect(resolveRelative('electron/rules/engine.ts', 'zod', exists)).toBeNull();
  });
});
