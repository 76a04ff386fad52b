import { existsSync } from 'node:fs';
import { stringOption } from '../core/args';
import { backupCenter } from '../centerserver/center-backup';
import { purgeCenter } from '../centerserver/center-purge';
import { restoreCenter } from '../centerserver/center-restore';
import { openCenterPg, redactUrl } from '../centerserver/open-center';
import { DEFAULT_RETENTION_DAYS, retentionDays } from '../exchange/retention/purge';
import { openStore } from '../store/open';
import type { Command } from './commands';

/** A backup or a purge reads and writes whole tables: generous timeouts, unlike a desk's three seconds. */
const openForData = (url: string) => openCenterPg(url, { connectTimeoutMs: 10_000, queryTimeoutMs: 600_000, max: 2 });
const urlOf = (options: Record<string, string | true>) => stringOption(options, 'url') ?? process.env.EXAM_DESK_CENTER_URL;

const BACKUP_USAGE = 'desk center-backup --url postgres://USER@HOST:PORT/DB --out FILE.sqlite   (the address may also come from EXAM_DESK_CENTER_URL)';

/** `desk center-backup` (#19): every center table into a new SQLite file with the center's schema; the copied chain verified. */
export const centerBackupCommand: Command = {
  name: 'center-backup',
  summary: "copy every table of the center server into a new SQLite file with the center's schema, and verify the copied chain",
  usage: BACKUP_USAGE,
  async run({ options }) {
    const url = urlOf(options);
    const out = stringOption(options, 'out');
    if (!url || !out) {
      console.error(`center-backup: ${url ? '--out FILE.sqlite' : '--url URL (or EXAM_DESK_CENTER_URL)'} is required\nUsage: ${BACKUP_USAGE}`);
      return 2;
    }
    const db = openForData(url);
    try {
      const r = await backupCenter(db, out);
      console.log(`ok      center ${redactUrl(url)} copied to ${r.path}`);
      for (const [table, n] of Object.entries(r.counts)) console.log(`  ${table.padEnd(18)} ${n}`);
      console.log(r.chain.ok ? `chain   ok (${r.chain.length} entries)` : `chain   BROKEN at entry ${r.chain.brokenAt} (the backup is kept as it was read)`);
      return r.chain.ok ? 0 : 1;
    } finally {
      await db.destroy();
    }
  },
};

const RESTORE_USAGE = 'desk center-restore --from FILE.sqlite --url postgres://USER@HOST:PORT/DB   (into an empty center database)';

/** `desk center-restore` (#19): a center backup into an empty PostgreSQL center, ids and chain as they were. */
export const centerRestoreCommand: Command = {
  name: 'center-restore',
  summary: 'restore a center backup into an empty PostgreSQL center database, and verify the restored chain',
  usage: RESTORE_USAGE,
  async run({ options }) {
    const url = urlOf(options);
    const from = stringOption(options, 'from');
    if (!url || !from) {
      console.error(`center-restore: ${url ? '--from FILE.sqlite' : '--url URL (or EXAM_DESK_CENTER_URL)'} is required\nUsage: ${RESTORE_USAGE}`);
      return 2;
    }
    const db = openForData(url);
    try {
      const r = await restoreCenter(from, db);
      console.log(`ok      ${from} restored into center ${redactUrl(url)}`);
      for (const [table, n] of Object.entries(r.counts)) console.log(`  ${table.padEnd(18)} ${n}`);
      console.log(r.chain.ok ? `chain   ok (${r.chain.length} entries)` : `chain   BROKEN at entry ${r.chain.brokenAt}`);
      return r.chain.ok ? 0 : 1;
    } finally {
      await db.destroy();
    }
  },
};

const PURGE_USAGE = 'desk center-purge --url postgres://USER@HOST:PORT/DB [--days N | --db desk.sqlite] [--dry-run]';

async function daysOf(options: Record<string, string | true>): Promise<number | string> {
  const days = stringOption(options, 'days');
  if (days !== undefined) return /^[1-9]\d{0,3}$/.test(days) ? Number(days) : `--days must be a whole number of days, not "${days}"`;
  const deskPath = stringOption(options, 'db');
  if (deskPath === undefined) return DEFAULT_RETENTION_DAYS;
  if (!existsSync(deskPath)) return `no desk file at ${deskPath}`;
  const store = await openStore(deskPath);
  try {
    return await retentionDays(store.db);
  } finally {
    await store.close();
  }
}

/**
 * `desk center-purge` (REP-3 at the center, #19): the retention period of a desk file (--db), or
 * --days, or the desks' default; what the center holds about exams before the cutoff goes.
 */
export const centerPurgeCommand: Command = {
  name: 'center-purge',
  summary: 'REP-3 at the center server: remove check-ins, resolved conflicts and snapshots past the retention period (audited, the chain kept whole)',
  usage: PURGE_USAGE,
  async run({ options }) {
    const url = urlOf(options);
    if (!url) {
      console.error(`center-purge: --url URL (or EXAM_DESK_CENTER_URL) is required\nUsage: ${PURGE_USAGE}`);
      return 2;
    }
    const days = await daysOf(options);
    if (typeof days === 'string') {
      console.error(`center-purge: ${days}`);
      return 2;
    }
    const db = openForData(url);
    try {
      const r = await purgeCenter(db, { now: new Date(), days, by: 'cli', dryRun: options['dry-run'] === true });
      const verb = r.dryRun ? 'would remove' : 'removed';
      console.log(`retention ${r.days} days (exams before ${r.cutoff}) at ${redactUrl(url)}:`);
      console.log(`  ${verb} ${r.checkins} check-ins and ${r.conflicts} resolved conflicts; ${r.openConflictsKept} open conflicts kept for the manager`);
      console.log(`  snapshots: ${verb} ${r.snapshotsRemoved} taken before the cutoff; ${r.snapshotsHolding} newer ones hold purged data${r.dryRun ? '' : ` (${r.snapshotsRewritten} rewritten)`}`);
      return 0;
    } finally {
      await db.destroy();
    }
  },
};
