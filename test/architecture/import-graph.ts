import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** file (relative to the project, with `/`) -> the project files it imports. */
export type ImportGraph = Map<string, string[]>;

/** Every .ts/.tsx file under `dir`. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [p] : [];
  });
}

/** The module specifiers a file imports: static, re-exports, `import type` and `import()` alike. */
export function specifiersOf(src: string): string[] {
  return ts.preProcessFile(src, true, true).importedFiles.map((f) => f.fileName);
}

/** The project file a relative specifier names (`./x` -> `x.ts`, `x.tsx` or `x/index.ts`), or null for a package. */
export function resolveRelative(fromFile: string, spec: string, exists: (p: string) => boolean = existsSync): string | null {
  if (!spec.startsWith('.')) return null;
  const base = join(dirname(fromFile), spec).replace(/\.js$/, '');
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (/\.tsx?$/.test(candidate) && exists(candidate)) return candidate.split('\\').join('/');
  }
  return null;
}

/** The import graph of every source file under `dirs` (paths relative to `root`), following relative imports only. */
export function importGraph(root: string, dirs: string[]): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const dir of dirs) {
    for (const abs of sourceFiles(resolve(root, dir))) {
      const file = relative(root, abs).split('\\').join('/');
      const src = readFileSync(abs, 'utf8');
      const targets = specifiersOf(src)
        .map((s) => resolveRelative(file, s, (p) => existsSync(resolve(root, p))))
        .filter((t): t is string => t !== null);
      graph.set(file, [...new Set(targets)]);
    }
  }
  return graph;
}

/**
 * The import cycles of a graph: every strongly connected component of more than one file, or a
 * file that imports itself (Tarjan's algorithm, iterative so a deep graph cannot overflow the stack).
 * Each cycle is sorted; the list is sorted by its first file.
 */
export function importCycles(graph: ImportGraph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const known = new Map([...graph].map(([n, ts]) => [n, ts.filter((t) => graph.has(t))]));
  const edges = (n: string) => known.get(n) ?? [];

  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: { node: string; i: number }[] = [{ node: start, i: 0 }];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const out = edges(top.node);
      if (top.i < out.length) {
        const to = out[top.i++]!;
        if (!index.has(to)) {
          index.set(to, next);
          low.set(to, next++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, i: 0 });
        } else if (onStack.has(to)) {
          low.set(top.node, Math.min(low.get(top.node)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(top.node)!));
      if (low.get(top.node) === index.get(top.node)) {
        const component: string[] = [];
        let n: string;
        do {
          n = stack.pop()!;
          onStack.delete(n);
          component.push(n);
        } while (n !== top.node);
        if (component.length > 1 || edges(top.node).includes(top.node)) cycles.push(component.sort());
      }
    }
  }
  return cycles.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

/** The imports in `graph` from files under `from` into files under any of `into` (folder prefixes). */
export function importsAcross(graph: ImportGraph, from: string, into: string[]): string[] {
  const under = (file: string, folder: string) => file.startsWith(folder.endsWith('/') ? folder : `${folder}/`);
  return [...graph].flatMap(([file, targets]) => (under(file, from) ? targets.filter((t) => into.some((d) => under(t, d))).map((t) => `${file} -> ${t}`) : []));
}
