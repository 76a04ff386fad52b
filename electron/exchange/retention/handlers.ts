import type { backupContract, CenterPurgeView, PurgeView } from '../../../shared/exchange/backup-contract';
import { appendAudit } from '../../audit/audit-log';
import { purgeCenter } from '../../centerserver/center-purge';
import { requireOperator, type HandlerContext } from '../../core/context';
import type { HandlerMap } from '../../core/registry';
import { writeSetting } from '../../store/settings-repo';
import { backupSettings } from '../backup/backup-settings';
import { purgeExpired } from './purge';

/** The retention channels of the backup contract (REP-3): the purge and its period. */
type RetentionChannels = Pick<typeof backupContract, Extract<keyof typeof backupContract, `retention.${string}`>>;

const NOTHING = { checkins: 0, conflicts: 0, openConflictsKept: 0, snapshotsRemoved: 0, snapshotsRewritten: 0, snapshotsHolding: 0 };

/**
 * On a joined desk the purge reaches the center too (#19): the same period and cutoff, after the
 * desk's own purge, in the center's one transaction with its own audit entry. An unreachable
 * center does not stop the desk's purge; the view says so.
 */
async function purgeCenterToo(ctx: HandlerContext, days: number, dryRun: boolean): Promise<CenterPurgeView | undefined> {
  const link = ctx.core.centerLink;
  if (!link) return undefined;
  if (!(await link.status()).online) return { ...NOTHING, error: `the center ${link.server} is not reachable` };
  try {
    const r = await purgeCenter(link.center, { now: ctx.now, days, by: `${link.desk}: ${requireOperator(ctx).username}`, dryRun });
    return {
      checkins: r.checkins,
      conflicts: r.conflicts,
      openConflictsKept: r.openConflictsKept,
      snapshotsRemoved: r.snapshotsRemoved,
      snapshotsRewritten: r.snapshotsRewritten,
      snapshotsHolding: r.snapshotsHolding,
      error: null,
    };
  } catch (e) {
    return { ...NOTHING, error: e instanceof Error ? e.message : String(e) };
  }
}

async function purge(ctx: HandlerContext, dryRun: boolean): Promise<PurgeView> {
  const s = await backupSettings(ctx.core.store.db, ctx.core.store.path);
  const report = await purgeExpired(ctx.core.store, { now: ctx.now, operatorId: requireOperator(ctx).id, backupFolder: s.folder, dryRun, door: ctx.caller.transport });
  const center = await purgeCenterToo(ctx, report.days, dryRun);
  return center ? { ...report, center } : report;
}

export const retentionHandlers: HandlerMap<RetentionChannels> = {
  'retention.check': (_req, ctx) => purge(ctx, true),
  'retention.purge': (_req, ctx) => purge(ctx, false),
  'retention.configure': async (req, ctx) => {
    const op = requireOperator(ctx);
    const db = ctx.core.store.db;
    await db.transaction().execute(async (trx) => {
      await writeSetting(trx, 'retention.days', String(req.days));
      await appendAudit(trx, { at: ctx.now.toISOString(), operatorId: op.id, action: 'retention.configure', subjectType: 'settings', subjectId: 'retention', detail: { days: req.days } });
    });
    return purge(ctx, true);
  },
};
