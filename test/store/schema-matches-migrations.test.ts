import { join } from 'node:path';
import { sql } from 'kysely';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { openStore } from '../../electron/store/open';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const SCHEMA = join(process.cwd(), 'electron/store/schema.ts');

/**
 * The tables of the Kysely `DB` interface and the column names of each, read from schema.ts with
 * the TypeScript compiler (the types vanish at run time). Follows the table types wherever they are
 * declared (schema.ts re-exports them from per-domain files).
 */
function declaredSchema(file: string): Map<string, Set<string>> {
  const program = ts.createProgram([file], { noLib: true, types: [], noEmit: true, skipLibCheck: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022 });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  if (!source) throw new Error(`${file} is not in the program`);
  const db = checker.getExportsOfModule(checker.getSymbolAtLocation(source)!).find((s) => s.name === 'DB');
  if (!db) throw new Error(`${file} exports no DB`);
  const dbType = checker.getDeclaredTypeOfSymbol(db.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(db) : db);
  const tables = new Map<string, Set<string>>();
  for (const table of checker.getPropertiesOfType(dbType)) {
    const tableType = checker.getTypeOfSymbol(table);
    tables.set(table.name, new Set(checker.getPropertiesOfType(tableType).map((c) => c.name)));
  }
  return tables;
}

/** The tables of a freshly migrated store and their columns (pragma table_info), without SQLite's and Kysely's own. */
async function migratedSchema(): Promise<Map<string, Set<string>>> {
  const store = await openStore(join(tempDir(), 'schema.sqlite'));
  try {
    const names = await sql<{ name: string }>`select name from sqlite_master where type = 'table'
      and name not like 'sqlite_%' and name not like 'kysely_%' order by name`.execute(store.db);
    const tables = new Map<string, Set<string>>();
    for (const { name } of names.rows) {
      const cols = await sql<{ name: string }>`select name from pragma_table_info(${name})`.execute(store.db);
      tables.set(name, new Set(cols.rows.map((c) => c.name)));
    }
    return tables;
  } finally {
    await store.close();
  }
}

/** Each table as "table: col, col" with its columns sorted, for a readable diff both ways. */
const described = (tables: Map<string, Set<string>>) => [...tables].map(([t, cols]) => `${t}: ${[...cols].sort().join(', ')}`).sort();

describe('store/schema.ts matches the migrated database (#16)', () => {
  test('every table and column of the migrations is in the DB type, and the DB type names nothing the migrations lack', async () => {
    const declared = declaredSchema(SCHEMA);
    const migrated = await migratedSchema();
    expect(declared.size).toBeGreaterThan(20);
    expect([...declared.keys()].sort()).toEqual([...migrated.keys()].sort());
    expect(described(declared)).toEqual(described(migrated));
  });

  test('the reader sees a missing or extra column and a missing table (synthetic schema file)', () => {
    const dir = tempDir();
    const file = join(dir, 'schema.ts');
    const write = (src: string) => ts.sys.writeFile(file, src);
    write(`interface A { id: number; name: string }\ninterface B { x: string }\nexport interface DB { a: A; b: B }\n`);
    expect(described(declaredSchema(file))).toEqual(['a: id, name', 'b: x']);
    write(`interface A { id: number }\nexport interface DB { a: A }\n`);
    expect(described(declaredSchema(file))).toEqual(['a: id']);
  });
});
