import { isAbsolute } from 'node:path';
import type { backupContract, BackupEntry, BackupStatus } from '../../../shared/exchange/backup-contract';
import { appendAudit } from '../../audit/audit-log';
import { requireOperator, type HandlerContext } from '../../core/context';
import { DomainError } from '../../core/errors';
import type { HandlerMap } from '../../core/registry';
import { localDateTime } from '../../today/local-time';
import { backupNow, listBackups, type BackupFile } from './backup-files';
import { backupSettings, centerCode, saveBackupSettings } from './backup-settings';
import { requestZone } from '../../core/request-zone';

async function entry(ctx: HandlerContext, f: BackupFile): Promise<BackupEntry> {
  return { name: f.name, takenAt: f.takenAt, takenLocal: localDateTime(f.takenAt, await requestZone(ctx)), bytes: f.bytes };
}

async function status(ctx: HandlerContext): Promise<BackupStatus> {
  const s = await backupSettings(ctx.core.store.db, ctx.core.store.path);
  const backups = await Promise.all(listBackups(s.folder).map((f) => entry(ctx, f)));
  return { ...s, backups };
}

/** The backup channels of the backup contract; its retention channels are in exchange/retention/handlers.ts. */
type BackupChannels = Pick<typeof backupContract, Extract<keyof typeof backupContract, `backup.${string}`>>;

export const backupHandlers: HandlerMap<BackupChannels> = {
  'backup.status': (_req, ctx) => status(ctx),

  'backup.now': async (_req, ctx) => {
    const op = requireOperator(ctx);
    const db = ctx.core.store.db;
    const s = await backupSettings(db, ctx.core.store.path);
    let file: BackupFile;
    try {
      file = await backupNow(ctx.core.store, s.folder, { centerCode: await centerCode(db), at: ctx.now, keep: s.keep });
    } catch (e) {
      throw new DomainError('CONFLICT', `The backup to ${s.folder} failed: ${e instanceof Error ? e.message : String(e)}`, {
        key: 'backup.failed',
        params: { folder: s.folder, detail: e instanceof Error ? e.message : String(e) },
      });
    }
    await db
      .transaction()
      .execute((trx) => appendAudit(trx, { at: ctx.now.toISOString(), operatorId: op.id, action: 'backup.now', subjectType: 'backup', subjectId: file.name, detail: { folder: s.folder, bytes: file.bytes } }));
    return entry(ctx, file);
  },

  'backup.configure': async (req, ctx) => {
    const op = requireOperator(ctx);
    if (!isAbsolute(req.folder))
      throw new DomainError('VALIDATION', `The backup folder must be a full path (for example E:\\exam-desk-backups), not "${req.folder}".`, { key: 'backup.fullPath', params: { folder: req.folder } });
    await ctx.core.store.db.transaction().execute(async (trx) => {
      await saveBackupSettings(trx, req);
      await appendAudit(trx, { at: ctx.now.toISOString(), operatorId: op.id, action: 'backup.configure', subjectType: 'settings', subjectId: 'backup', detail: req });
    });
    return status(ctx);
  },
};
