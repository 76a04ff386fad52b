import { rmSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { appendAudit } from '../../audit/audit-log';
import type { Store } from '../../store/open';
import type { DB } from '../../store/schema';
import { listBackups } from '../backup/backup-files';

export const DEFAULT_RETENTION_DAYS = 90;

export async function retentionDays(db: Kysely<DB>): Promise<number> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', 'retention.days').executeTakeFirst();
  const n = Number(row?.value ?? DEFAULT_RETENTION_DAYS);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_RETENTION_DAYS;
}

export interface PurgeReport {
  days: number;
  /** Exams that started before this instant are past retention (ISO UTC). */
  cutoff: string;
  candidates: number;
  photos: number;
  backups: string[];
  dryRun: boolean;
}

/**
 * REP-3: the photos and full document numbers of candidates whose last exam is older than the
 * retention period are deleted (masked last 4 and the keyed hash stay, so the logs still read);
 * with secure_delete and a truncating WAL checkpoint the bytes are gone from the files. Backups
 * older than the period go too. Audited with the counts, never with what was deleted.
 */
export async function purgeExpired(store: Store, opts: { now: Date; operatorId: number | null; backupFolder: string | null; dryRun?: boolean; door: string }): Promise<PurgeReport> {
  const db = store.db;
  const days = await retentionDays(db);
  const cutoff = new Date(opts.now.getTime() - days * 86_400_000).toISOString();
  // Candidates still holding data, none of whose appointments is at or after the cutoff.
  const expired = await db
    .selectFrom('candidates as c')
    .select('c.id')
    .where((eb) => eb.or([eb('c.id_number', 'is not', null), eb.exists(eb.selectFrom('photos as p').select('p.id').whereRef('p.candidate_id', '=', 'c.id'))]))
    .where((eb) => eb.not(eb.exists(eb.selectFrom('appointments as a').select('a.id').whereRef('a.candidate_id', '=', 'c.id').where('a.starts_at', '>=', cutoff))))
    .execute();
  const ids = expired.map((e) => e.id);
  let photos = 0;
  for (let i = 0; i < ids.length; i += 400) {
    const chunk = ids.slice(i, i + 400);
    photos += Number((await db.selectFrom('photos').select((eb) => eb.fn.countAll<number>().as('n')).where('candidate_id', 'in', chunk).executeTakeFirstOrThrow()).n);
  }
  const oldBackups = opts.backupFolder ? listBackups(opts.backupFolder).filter((b) => b.takenAt < cutoff) : [];
  const report: PurgeReport = { days, cutoff, candidates: ids.length, photos, backups: oldBackups.map((b) => b.name), dryRun: opts.dryRun === true };
  if (opts.dryRun) return report;

  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < ids.length; i += 400) {
      const chunk = ids.slice(i, i + 400);
      await trx.deleteFrom('photos').where('candidate_id', 'in', chunk).execute();
      await trx.updateTable('candidates').set({ id_number: null, purged_at: opts.now.toISOString() }).where('id', 'in', chunk).execute();
    }
    await appendAudit(trx, {
      at: opts.now.toISOString(),
      operatorId: opts.operatorId,
      action: 'retention.purge',
      subjectType: 'retention',
      subjectId: cutoff,
      detail: { days, cutoff, candidates: ids.length, photos, backups: oldBackups.length, door: opts.door },
    });
  });
  for (const b of oldBackups) {
    rmSync(b.path, { force: true });
    rmSync(`${b.path}.key`, { force: true });
  }
  // secure_delete has zeroed the freed cells; the checkpoint moves every page into the main file
  // and empties the WAL, so no old copy of a page survives there either.
  await store.db.connection().execute(async () => store.sqlite.pragma('wal_checkpoint(TRUNCATE)'));
  return report;
}
