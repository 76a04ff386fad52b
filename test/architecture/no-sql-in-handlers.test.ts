import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { isHandlerFile, sqlIn, tsFiles } from './handler-sql';

const handlerFiles = tsFiles('electron').filter((f) => isHandlerFile(f, readFileSync(f, 'utf8')));

describe('all SQL goes through repository functions: no handler builds a query (#16)', () => {
  test('no handler file under electron/ holds a Kysely query-building call or a raw sql template', () => {
    expect(handlerFiles.length).toBeGreaterThan(10);
    const found = handlerFiles.flatMap((f) => sqlIn(f, readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  test('handler files are found by name (handlers*.ts, *-handlers.ts) and by declaring a HandlerMap', () => {
    expect(handlerFiles).toContain('electron/seating/rooms-handlers.ts');
    expect(handlerFiles).toContain('electron/scores/handlers.ts');
    expect(handlerFiles).toContain('electron/accounts/manage.ts');
    expect(isHandlerFile('electron/x/handlers.ts', '')).toBe(true);
    expect(isHandlerFile('electron/x/handlers-extra.ts', '')).toBe(true);
    expect(isHandlerFile('electron/x/rooms-handlers.ts', '')).toBe(true);
    expect(isHandlerFile('electron/x/manage.ts', 'export const m: HandlerMap<C> = {};')).toBe(true);
    expect(isHandlerFile('electron/x/plan-repo.ts', 'export function f() {}')).toBe(false);
  });

  test('the check fails on a handler that builds SQL, in each form', () => {
    const src = [
      "import { sql } from 'kysely';",
      'export const h = {',
      "  a: (req, ctx) => ctx.core.store.db.selectFrom('rooms').selectAll().execute(),",
      "  b: (req, ctx) => ctx.core.store.db.transaction().execute((trx) => trx.insertInto('seats').values(req).execute()),",
      "  c: (req, ctx) => ctx.core.store.db.updateTable('rooms').set({ name: 'x' }).execute(),",
      "  d: (req, ctx) => ctx.core.store.db.deleteFrom('seats').execute(),",
      '  e: (req, ctx) => sql`select 1`.execute(ctx.core.store.db),',
      '  f: (req, ctx) => sql<number>`select 1`.execute(ctx.core.store.db),',
      "  g: (req, ctx) => sql.raw('select 1').execute(ctx.core.store.db),",
      "  h: (req, ctx) => selectAppointments(ctx.core.store.db).where('a.id', '=', req.id).executeTakeFirst(),",
      '};',
    ].join('\n');
    const found = sqlIn('electron/x/handlers.ts', src);
    expect(found).toEqual(
      expect.arrayContaining([
        "electron/x/handlers.ts:1: import { sql } from 'kysely'",
        'electron/x/handlers.ts:3: .selectFrom(…)',
        'electron/x/handlers.ts:4: .insertInto(…)',
        'electron/x/handlers.ts:5: .updateTable(…)',
        'electron/x/handlers.ts:6: .deleteFrom(…)',
        'electron/x/handlers.ts:7: sql`…`',
        'electron/x/handlers.ts:8: sql`…`',
        'electron/x/handlers.ts:9: sql.raw(…)',
        'electron/x/handlers.ts:10: .where(…)',
      ]),
    );
  });

  test('the check passes a handler that calls repositories and keeps the transaction, and ignores comments and messages', () => {
    const src = [
      "import type { Transaction } from 'kysely';",
      "import { insertSeat } from './rooms-repo';",
      'export const h = {',
      "  // the old code did trx.selectFrom('seats') and sql`…` here",
      '  a: async (req, ctx) => ctx.core.store.db.transaction().execute(async (trx) => {',
      '    await insertSeat(trx, req);',
      '    throw new Error("selectFrom(\'rooms\') is no longer written here; nor is sql`x`");',
      '  }),',
      "  b: (req) => ['a', 'b'].join(', ').split(',').map((s) => s.trim()),",
      '};',
    ].join('\n');
    expect(sqlIn('electron/x/handlers.ts', src)).toEqual([]);
  });
});
