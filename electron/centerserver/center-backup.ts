import type { Kysely } from 'kysely';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { ensurePrivateFile, fsyncFolder, makePrivate } from '../store/private-file';
import { verifyCenterChain } from './center-audit-repo';
import { CENTER_BACKUP_TABLES, centerRowsPage, chainHead, countCenterRows, insertCenterRows, setChainHead, settleSqliteFile, type CenterBackupTable } from './center-backup-repo';
import type { CenterDB, CenterDb } from './center-schema';
import { migrateCenter, openCenterSqlite } from './open-center';

export interface CenterBackupReport {
  path: string;
  /** Rows copied per table (the chain's head row apart). */
  counts: Record<CenterBackupTable, number>;
  /** The copied chain, verified in the backup file. */
  chain: { ok: true; length: number } | { ok: false; brokenAt: number };
}

/** Rows per page: snapshots are whole desk files, so few at a time. */
const PAGE: Record<CenterBackupTable, number> = { center_desks: 500, center_leases: 500, center_checkins: 500, center_conflicts: 500, center_audit: 500, center_snapshots: 2 };

/**
 * Copies every center table, page by page in key order, from `src` to `dst` (both inside the
 * caller's transactions), checks each table's count on both sides, and sets the chain's head.
 */
export async function copyCenterTables(src: CenterDb, dst: CenterDb, insert: (db: CenterDb, table: CenterBackupTable, rows: Record<string, unknown>[]) => Promise<void>): Promise<Record<CenterBackupTable, number>> {
  const n = {} as Record<CenterBackupTable, number>;
  for (const table of Object.keys(CENTER_BACKUP_TABLES) as CenterBackupTable[]) {
    const key = CENTER_BACKUP_TABLES[table];
    n[table] = 0;
    let after: string | number | undefined;
    for (;;) {
      const rows = await centerRowsPage(src, table, after, PAGE[table]);
      if (rows.length === 0) break;
      await insert(dst, table, rows);
      n[table] += rows.length;
      after = rows.at(-1)![key] as string | number;
    }
    const expected = await countCenterRows(src, table);
    if ((await countCenterRows(dst, table)) !== expected || n[table] !== expected) throw new Error(`${table}: copied ${n[table]} rows of ${expected}.`);
  }
  await setChainHead(dst, await chainHead(src));
  return n;
}

/**
 * Copies every center table into a new SQLite file made by the center's migrations on the SQLite
 * dialect (the same schema). The source is read in one repeatable-read transaction, so the chain,
 * its head and the ledger are one consistent moment even while desks keep admitting. The copy is
 * written beside the target as a private `.partial` file, its row counts compared with the
 * source's, its chain verified, and only then renamed into place. The backup holds personal data
 * (as the center does): it is 0600, and purgeCenter's retention applies to the center it came from.
 */
export async function backupCenter(source: Kysely<CenterDB>, out: string): Promise<CenterBackupReport> {
  if (existsSync(out)) throw new Error(`${out} already exists; a center backup never overwrites a file.`);
  const partial = `${out}.partial`;
  const removePartial = () => ['', '-wal', '-shm', '-journal'].forEach((x) => rmSync(partial + x, { force: true }));
  removePartial();
  ensurePrivateFile(partial);
  const target = openCenterSqlite(partial);
  let report: CenterBackupReport;
  try {
    await migrateCenter(target, 'sqlite');
    const counts = await source
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute((src) => target.transaction().execute((dst) => copyCenterTables(src, dst, insertCenterRows)));
    report = { path: out, counts, chain: await verifyCenterChain(target) };
    await settleSqliteFile(target);
  } catch (e) {
    await target.destroy();
    removePartial();
    throw e;
  }
  await target.destroy();
  makePrivate(partial);
  renameSync(partial, out);
  fsyncFolder(dirname(out));
  return report;
}
