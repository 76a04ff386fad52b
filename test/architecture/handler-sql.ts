import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** Every .ts file under `dir`, with `/` separators. */
export function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? tsFiles(p) : /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [p.split('\\').join('/')] : [];
  });
}

/**
 * A handler file: named `handlers*.ts` or `*-handlers.ts`, or one that declares a handler map
 * (`: HandlerMap<…>` / `satisfies HandlerMap<…>`, e.g. accounts/manage.ts).
 */
export function isHandlerFile(path: string, src: string): boolean {
  const name = path.split(/[\\/]/).pop() ?? '';
  return /^handlers[^/]*\.ts$/.test(name) || /-handlers\.ts$/.test(name) || /(:|satisfies)\s*HandlerMap</.test(src);
}

/**
 * Kysely's query-building methods. The first line starts a query on a connection or a transaction;
 * the rest only exist on a query builder, so calling one in a handler means building SQL there
 * (even on a builder a repository handed out).
 */
const QUERY_STARTS = ['selectFrom', 'selectNoFrom', 'insertInto', 'replaceInto', 'updateTable', 'deleteFrom', 'mergeInto', 'withRecursive'];
const BUILDER_ONLY = [
  'innerJoin',
  'leftJoin',
  'rightJoin',
  'fullJoin',
  'where',
  'whereRef',
  'having',
  'selectAll',
  'orderBy',
  'groupBy',
  'onConflict',
  'returning',
  'returningAll',
  'executeTakeFirst',
  'executeTakeFirstOrThrow',
  'compile',
];
const QUERY_METHODS = new Set([...QUERY_STARTS, ...BUILDER_ONLY]);

/** `sql.raw(…)`, `sql.ref(…)` and the other helpers of Kysely's `sql` tag. */
const SQL_HELPERS = new Set(['raw', 'ref', 'lit', 'val', 'join', 'id', 'table']);

/**
 * Where a source builds SQL: Kysely query-building calls, the raw `sql` template (with or
 * without a type argument), the `sql.*` helpers, and a value import of `sql` from kysely.
 * Comments and words inside strings are not code and are never reported.
 */
export function sqlIn(fileName: string, src: string): string[] {
  const file = ts.createSourceFile(fileName, src, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const at = (node: ts.Node, what: string) => found.push(`${fileName}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}: ${what}`);
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const target = node.expression.expression;
      if (QUERY_METHODS.has(method)) at(node, `.${method}(…)`);
      else if (ts.isIdentifier(target) && target.text === 'sql' && SQL_HELPERS.has(method)) at(node, `sql.${method}(…)`);
    }
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'sql') at(node, 'sql`…`');
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && node.moduleSpecifier.text === 'kysely') {
      const bindings = node.importClause?.namedBindings;
      const typeOnly = node.importClause?.isTypeOnly ?? false;
      if (!typeOnly && bindings && ts.isNamedImports(bindings)) {
        for (const el of bindings.elements) if (!el.isTypeOnly && (el.propertyName ?? el.name).text === 'sql') at(el, "import { sql } from 'kysely'");
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
