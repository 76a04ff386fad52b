import type { Kysely } from 'kysely';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeAll, describe } from 'vitest';
import { openStore, type Store } from '../../electron/store/open';
import { migrateDeskPg, openDeskPg } from '../../electron/store/pg/open-desk-pg';
import type { DB } from '../../electron/store/schema';
import { usePgCluster } from './pg-cluster';
import { useTempDir } from './temp-dir';

/** The desk's repositories run on both (#19): its SQLite file, as the desk runs, and PostgreSQL. */
export type DeskDialect = 'sqlite' | 'postgres';
export const DESK_DIALECTS: readonly DeskDialect[] = ['sqlite', 'postgres'];

export interface DialectLeg {
  readonly dialect: DeskDialect;
  /** A fresh, migrated desk database of this leg's dialect, closed after the test. */
  open(): Promise<Kysely<DB>>;
}

/**
 * Runs a describe block once per dialect, as Kysely's own tests do (`for (const dialect of DIALECTS)
 * describe(...)`). SQLite: a real file per test, opened and migrated by openStore as the desk does.
 * PostgreSQL: one throwaway cluster for the block (started before its first test, stopped after the
 * last), the desk's PostgreSQL migrations applied once to a template database, and each test a
 * fresh database copied from it (`create database … template …`: no migration per test).
 */
export function describeEachDialect(title: string, body: (leg: DialectLeg) => void): void {
  for (const dialect of DESK_DIALECTS) {
    describe(`${title} [${dialect}]`, () => {
      body(dialect === 'sqlite' ? sqliteLeg() : postgresLeg());
    });
  }
}

/**
 * Both legs for one test file (SQLite files and one PostgreSQL cluster, as above), for tests that
 * compare what the same repository answers on each dialect from the same data.
 */
export function useDialectLegs(): Record<DeskDialect, DialectLeg> {
  return { sqlite: sqliteLeg(), postgres: postgresLeg() };
}

function sqliteLeg(): DialectLeg {
  const tempDir = useTempDir('exam-desk-leg-');
  const stores: Store[] = [];
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.close();
  });
  return {
    dialect: 'sqlite',
    async open() {
      const store = await openStore(join(tempDir(), 'desk.sqlite'));
      stores.push(store);
      return store.db;
    },
  };
}

const TEMPLATE = 'desk_template';

async function admin(url: string, statement: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(statement);
  } finally {
    await c.end();
  }
}

function postgresLeg(): DialectLeg {
  const cluster = usePgCluster();
  const opened: Kysely<DB>[] = [];
  let n = 0;
  beforeAll(async () => {
    const db = openDeskPg(await cluster().createDatabase(TEMPLATE), { max: 1 });
    try {
      await migrateDeskPg(db);
    } finally {
      await db.destroy();
    }
  });
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.destroy();
  });
  return {
    dialect: 'postgres',
    async open() {
      const name = `desk_${++n}`;
      await admin(cluster().urlFor('postgres'), `create database ${name} template ${TEMPLATE}`);
      const db = openDeskPg(cluster().urlFor(name));
      opened.push(db);
      return db;
    },
  };
}
