import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { sqlIn, tsFiles } from './handler-sql';

/** Where SQL may be written: repository files, the store (connection, shared queries) and its migrations, and the center server's migrations. */
function mayHoldSql(path: string): boolean {
  return path.endsWith('-repo.ts') || path.startsWith('electron/store/') || path.startsWith('electron/centerserver/migrations/');
}

/**
 * Files that still build SQL outside a repository file, each to be emptied into a `*-repo.ts`
 * beside it (#16). The list only shrinks: a file not on it that builds SQL fails the test.
 */
const NOT_YET_MOVED: readonly string[] = [];

describe('every statement in a repository file (#16)', () => {
  test('no file under electron/ outside *-repo.ts and electron/store/** builds a Kysely query or a raw sql template', () => {
    const files = tsFiles('electron').filter((f) => !mayHoldSql(f) && !NOT_YET_MOVED.includes(f));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((f) => sqlIn(f, readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  test('repository files, the store and its migrations may hold SQL; handlers and domain modules may not', () => {
    expect(mayHoldSql('electron/checkin/check-ins-repo.ts')).toBe(true);
    expect(mayHoldSql('electron/store/appointments-query.ts')).toBe(true);
    expect(mayHoldSql('electron/store/migrations/2026-11-30-070-chain-unique.ts')).toBe(true);
    expect(mayHoldSql('electron/centerserver/migrations/2026-11-30-001-center.ts')).toBe(true);
    expect(mayHoldSql('electron/centerserver/center-status.ts')).toBe(false);
    expect(mayHoldSql('electron/checkin/admit.ts')).toBe(false);
    expect(mayHoldSql('electron/demo/demo-day.ts')).toBe(false);
    expect(mayHoldSql('electron/checkin/repo.ts')).toBe(false);
  });

  test('a domain module that builds SQL is reported', () => {
    const src = ['export async function f(trx) {', "  await trx.updateTable('appointments').set({ state: 'no-show' }).execute();", '}'].join('\n');
    expect(sqlIn('electron/checkin/close-window.ts', src)).toEqual(['electron/checkin/close-window.ts:2: .updateTable(…)']);
  });
});
