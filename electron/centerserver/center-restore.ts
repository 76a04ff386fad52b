import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { existsSync } from 'node:fs';
import { verifyCenterChain } from './center-audit-repo';
import { copyCenterTables, type CenterBackupReport } from './center-backup';
import { CENTER_BACKUP_TABLES, CENTER_IDENTITY_TABLES, chainHead, countCenterRows, insertCenterRowsPg, resetIdentityPg, type CenterBackupTable } from './center-backup-repo';
import type { CenterDB } from './center-schema';
import { migrateCenter } from './open-center';

/**
 * Puts a center backup (desk center-backup) into a PostgreSQL center that holds nothing yet: the
 * schema is migrated, every table copied with its ids in one transaction, the identity counters
 * moved past the copied ids, and the restored chain verified. A center that already holds a row
 * or a chain entry is refused, so a restore never mixes two histories. The backup's own chain must
 * verify first.
 */
export async function restoreCenter(backupPath: string, target: Kysely<CenterDB>): Promise<CenterBackupReport> {
  if (!existsSync(backupPath)) throw new Error(`No center backup at ${backupPath}.`);
  const source = new Kysely<CenterDB>({ dialect: new SqliteDialect({ database: new Database(backupPath, { readonly: true, fileMustExist: true }) }) });
  try {
    const own = await verifyCenterChain(source);
    if (!own.ok) throw new Error(`The backup's chain is broken at entry ${own.brokenAt}; it is not restored.`);
    await migrateCenter(target, 'postgres');
    const counts = await target.transaction().execute(async (dst) => {
      const tables = Object.keys(CENTER_BACKUP_TABLES) as CenterBackupTable[];
      for (const t of tables) if ((await countCenterRows(dst, t)) > 0) throw new Error(`The center already holds ${t} rows; a backup is restored only into an empty center.`);
      if ((await chainHead(dst)).seq !== 0) throw new Error('The center already has a chain; a backup is restored only into an empty center.');
      const n = await copyCenterTables(source, dst, insertCenterRowsPg);
      for (const t of CENTER_IDENTITY_TABLES) await resetIdentityPg(dst, t);
      return n;
    });
    return { path: backupPath, counts, chain: await verifyCenterChain(target) };
  } finally {
    await source.destroy();
  }
}
