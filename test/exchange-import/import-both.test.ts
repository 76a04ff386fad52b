import type { Kysely } from 'kysely';
import { expect, test } from 'vitest';
import { runImport } from '../../electron/exchange/import/run-import';
import type { DB } from '../../electron/store/schema';
import { useDialectLegs } from '../support/each-dialect';
import { largeRoster, sampleText, seedCenter } from './fixtures';

const legs = useDialectLegs();
const hashKey = Buffer.alloc(32, 9);
const who = { operatorId: null, now: new Date('2026-11-30T02:00:00Z'), door: 'test' };

/** Every row the import writes, in id order. */
async function imported(db: Kysely<DB>) {
  return {
    candidates: await db.selectFrom('candidates').selectAll().orderBy('id').execute(),
    orders: await db.selectFrom('orders').selectAll().orderBy('id').execute(),
    sponsors: await db.selectFrom('sponsors').selectAll().orderBy('id').execute(),
    subjects: await db.selectFrom('subjects').selectAll().orderBy('id').execute(),
    parts: await db.selectFrom('subject_parts').selectAll().orderBy('id').execute(),
    sessions: await db.selectFrom('exam_sessions').selectAll().orderBy('id').execute(),
    appointments: await db.selectFrom('appointments').selectAll().orderBy('id').execute(),
    audit: await db.selectFrom('audit_log').select(['seq', 'action', 'detail_json', 'hash']).orderBy('seq').execute(),
  };
}

test('#19: a roster import through the same repositories writes the same rows into SQLite and PostgreSQL; a second import of the same file changes nothing on either', async () => {
  const text = sampleText() + largeRoster(120).split(/\r?\n/).slice(1).join('\r\n');
  // The reader transfers the bytes to its worker: a fresh copy per import.
  const file = () => ({ fileName: 'roster.csv', bytes: Buffer.from(text) });
  const results = [];
  const rows = [];
  for (const db of [await legs.sqlite.open(), await legs.postgres.open()]) {
    await seedCenter(db);
    const first = await runImport(db, hashKey, file(), who);
    const again = await runImport(db, hashKey, file(), who);
    results.push({ first: { ...first, readIn: undefined }, again: { ...again, readIn: undefined } });
    rows.push(await imported(db));
  }
  expect(results[0]!.first.created).toBeGreaterThan(100);
  expect(results[0]!.again).toEqual(expect.objectContaining({ created: 0, updated: 0 }));
  expect(results[1]).toEqual(results[0]);
  for (const key of Object.keys(rows[0]!) as (keyof (typeof rows)[0])[]) expect.soft(rows[1]![key], key).toEqual(rows[0]![key]);
});
