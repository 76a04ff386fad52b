import type { Kysely } from 'kysely';
import { appendAudit } from '../../audit/audit-log';
import type { Store } from '../../store/open';
import { readSetting } from '../../store/settings-repo';
import type { DB } from '../../store/schema';
import { knownBackupFolders } from '../backup/backup-settings';
import { purgeBackups, type BackupPurge } from './purge-backups';
import { expiredCandidates, expiredCenterOutbox, purgeCandidates, purgeCenterOutbox } from './purge-repo';

export const DEFAULT_RETENTION_DAYS = 90;

export async function retentionDays(db: Kysely<DB>): Promise<number> {
  const n = Number((await readSetting(db, 'retention.days')) ?? DEFAULT_RETENTION_DAYS);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_RETENTION_DAYS;
}

export interface PurgeReport {
  days: number;
  /** Exams that started before this instant are past retention (ISO UTC). */
  cutoff: string;
  candidates: number;
  photos: number;
  /** A joined desk's center outbox rows already sent whose admission is past retention (#19). */
  centerOutbox: number;
  /** The backups it reached: how many hold purged data, and what was rewritten, removed or failed. */
  backups: BackupPurge;
  dryRun: boolean;
}

/**
 * REP-3: the photos and full document numbers of candidates whose last exam is older than the
 * retention period are deleted (masked last 4 and the keyed hash stay, so the logs still read);
 * with secure_delete and a truncating WAL checkpoint the bytes are gone from the files. Then every
 * backup the desk knows of (`backupFolder`, the configured folder, "backups" beside the database
 * and each folder a backup was written to) is reached: backups from before the cutoff are removed,
 * newer ones holding purged data are rewritten without it (#14.6). A joined desk's center outbox
 * rows that the center already took and whose admission is past retention go in the same
 * transaction (#19; rows not yet sent stay). Audited with the counts, never with what was deleted.
 */
export async function purgeExpired(store: Store, opts: { now: Date; operatorId: number | null; backupFolder: string | null; dryRun?: boolean; door: string }): Promise<PurgeReport> {
  const db = store.db;
  const days = await retentionDays(db);
  const cutoff = new Date(opts.now.getTime() - days * 86_400_000).toISOString();
  const at = opts.now.toISOString();
  const folders = [...new Set([...(opts.backupFolder ? [opts.backupFolder] : []), ...(await knownBackupFolders(db, store.path))])];
  const { ids, photos } = await expiredCandidates(db, cutoff);
  const centerOutbox = await expiredCenterOutbox(db, cutoff);
  const dryRun = opts.dryRun === true;
  if (dryRun) return { days, cutoff, candidates: ids.length, photos, centerOutbox, backups: await purgeBackups(folders, { cutoff, at, dryRun }), dryRun };

  const planned = await purgeBackups(folders, { cutoff, at, dryRun: true });
  await db.transaction().execute(async (trx) => {
    await purgeCandidates(trx, ids, at);
    await purgeCenterOutbox(trx, cutoff);
    await appendAudit(trx, {
      at,
      operatorId: opts.operatorId,
      action: 'retention.purge',
      subjectType: 'retention',
      subjectId: cutoff,
      detail: { days, cutoff, candidates: ids.length, photos, centerOutbox, backups: planned.holding, backupFolders: folders.length, door: opts.door },
    });
  });
  // secure_delete has zeroed the freed cells; the checkpoint moves every page into the main file
  // and empties the WAL, so no old copy of a page survives there either.
  await store.db.connection().execute(async () => store.sqlite.pragma('wal_checkpoint(TRUNCATE)'));
  const backups = await purgeBackups(folders, { cutoff, at, dryRun: false });
  return { days, cutoff, candidates: ids.length, photos, centerOutbox, backups, dryRun };
}
