import { dirname, join } from 'node:path';
import type { centerContract } from '../../shared/center/contract';
import { requireOperator, type HandlerContext } from '../core/context';
import type { HandlerMap } from '../core/registry';
import { backupSettings } from '../exchange/backup/backup-settings';
import { centerView } from './center-repo';
import { setupChecklist } from './checklist';
import { removableDrives } from './removable-drives';
import { setupCenter } from './setup-center';
import { chooseProfiles, profileChoices, updateCenter } from './update-center';

const who = (ctx: HandlerContext) => ({ operatorId: requireOperator(ctx).id, now: ctx.now, door: ctx.caller.transport });

/** The center domain (issue #15): first-run set-up, center settings and the profiles it applies. */
export const centerHandlers: HandlerMap<typeof centerContract> = {
  'center.get': (_req, ctx) => centerView(ctx.core.store.db),
  'center.checklist': (_req, ctx) => setupChecklist(ctx.core.store.db),
  'center.setup': (req, ctx) => setupCenter(ctx.core.store.db, req, who(ctx)),
  'center.update': (req, ctx) => updateCenter(ctx.core.store.db, req, who(ctx)),
  'center.profiles': (_req, ctx) => profileChoices(ctx.core.store.db, ctx.now),
  'center.chooseProfiles': (req, ctx) => chooseProfiles(ctx.core.store.db, req.profiles, who(ctx)),
  'center.backupSuggestion': async (_req, ctx) => {
    const path = ctx.core.store.path;
    const current = (await backupSettings(ctx.core.store.db, path)).folder;
    const drives = removableDrives({ dbPath: path });
    const defaultFolder = join(dirname(path), 'backups');
    return { current, defaultFolder, drives, suggested: drives[0] ? join(drives[0], 'exam-desk-backups') : defaultFolder };
  },
};
