import type { backupContract } from '../../../shared/exchange/backup-contract';
import { appendAudit } from '../../audit/audit-log';
import { requireOperator, type HandlerContext } from '../../core/context';
import type { HandlerMap } from '../../core/registry';
import { writeSetting } from '../../store/settings-repo';
import { backupSettings } from '../backup/backup-settings';
import { purgeExpired } from './purge';

/** The retention channels of the backup contract (REP-3): the purge and its period. */
type RetentionChannels = Pick<typeof backupContract, Extract<keyof typeof backupContract, `retention.${string}`>>;

async function purge(ctx: HandlerContext, dryRun: boolean) {
  const s = await backupSettings(ctx.core.store.db, ctx.core.store.path);
  return purgeExpired(ctx.core.store, { now: ctx.now, operatorId: requireOperator(ctx).id, backupFolder: s.folder, dryRun, door: ctx.caller.transport });
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
