import type { Kysely } from 'kysely';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { verifyCenterChain } from '../../electron/centerserver/center-audit-repo';
import type { CenterDB } from '../../electron/centerserver/center-schema';
import type { Claim } from '../../electron/centerserver/ledger-repo';
import { migrateCenter, openCenterPg, openCenterSqlite, type CenterDialect } from '../../electron/centerserver/open-center';
import { usePgCluster } from '../support/pg-cluster';
import { useTempDir } from '../support/temp-dir';

/** The center's repositories are tested on both dialects: a SQLite file in a temp folder and a real PostgreSQL database. */
export const DIALECTS: readonly CenterDialect[] = ['sqlite', 'postgres'];

/** initdb, a start and a database on a busy two-core machine: a generous bound, never a wait. */
export const SLOW = 180_000;

export interface CenterLegs {
  /** A fresh, migrated center database of the dialect; destroyed after the test. */
  open(dialect: CenterDialect): Promise<Kysely<CenterDB>>;
  /** A fresh, empty PostgreSQL database's URL (for tests that open several connections to one center). */
  pgUrl(): Promise<string>;
  /** A fresh SQLite file's path (not opened). */
  sqlitePath(): string;
  /** Destroys the instance after the test (a second desk's connection, say). */
  track(db: Kysely<CenterDB>): Kysely<CenterDB>;
}

/** One PostgreSQL cluster per test file (started in beforeAll), a fresh database per test on either dialect. */
export function useCenterLegs(): CenterLegs {
  const tempDir = useTempDir('exam-desk-center-');
  const cluster = usePgCluster();
  const opened: Kysely<CenterDB>[] = [];
  let n = 0;
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.destroy();
  });
  const legs: CenterLegs = {
    track(db) {
      opened.push(db);
      return db;
    },
    sqlitePath: () => join(tempDir(), 'center.sqlite'),
    pgUrl: () => cluster().createDatabase(`center_${process.pid}_${++n}`),
    async open(dialect) {
      const db = legs.track(dialect === 'sqlite' ? openCenterSqlite(legs.sqlitePath()) : openCenterPg(await legs.pgUrl(), { connectTimeoutMs: 30_000, queryTimeoutMs: 60_000 }));
      await migrateCenter(db, dialect);
      return db;
    },
  };
  return legs;
}

let nonces = 0;
/** A claim with defaults; each call a new nonce unless given. */
export function claim(admissionCode: string, o: Partial<Claim> = {}): Claim {
  nonces++;
  return {
    admissionCode,
    nonce: `n-${process.pid}-${nonces}`,
    desk: 'desk-a',
    operator: 'proctor1',
    deskAt: '2026-11-30T08:00:00.000Z',
    receivedAt: '2026-11-30T08:00:01.000Z',
    offline: false,
    forced: false,
    overrideReason: null,
    ...o,
  };
}

/** Every nonce exactly once among admissions and conflicts (#19), and the center's chain verifies. */
export async function ledgerInvariants(db: Kysely<CenterDB>): Promise<{ nonceTwice: string[]; chain: Awaited<ReturnType<typeof verifyCenterChain>> }> {
  const nonces = [...(await db.selectFrom('center_checkins').select('nonce').execute()), ...(await db.selectFrom('center_conflicts').select('nonce').execute())].map((r) => r.nonce);
  const nonceTwice = nonces.filter((x, i) => nonces.indexOf(x) !== i);
  return { nonceTwice, chain: await verifyCenterChain(db) };
}
