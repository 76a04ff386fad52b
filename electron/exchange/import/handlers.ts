import type { importContract } from '../../../shared/exchange/import-contract';
import type { ImportField } from '../../../shared/exchange/import-fields';
import { appendAudit } from '../../audit/audit-log';
import { requireOperator } from '../../core/context';
import type { HandlerMap } from '../../core/registry';
import { listPresets, savePreset } from './presets';
import { checkImport, runImport } from './run-import';

const bytesOf = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));

export const importHandlers: HandlerMap<typeof importContract> = {
  'exchange.importPreview': async (req, ctx) =>
    (await checkImport(ctx.core.store.db, ctx.core.hashKey, { fileName: req.fileName, bytes: bytesOf(req.base64), mapping: req.mapping })).preview,

  'exchange.importApply': async (req, ctx) => {
    const op = requireOperator(ctx);
    const r = await runImport(ctx.core.store.db, ctx.core.hashKey, { fileName: req.fileName, bytes: bytesOf(req.base64), mapping: req.mapping }, { operatorId: op.id, now: ctx.now, door: ctx.caller.transport });
    return { created: r.created, updated: r.updated, unchanged: r.unchanged, sha256: r.sha256 };
  },

  'exchange.importPresets': (_req, ctx) => listPresets(ctx.core.store.db),

  'exchange.savePreset': async (req, ctx) => {
    const op = requireOperator(ctx);
    const preset = { sponsor: req.sponsor, headers: req.headers as Partial<Record<ImportField, string>>, savedAt: ctx.now.toISOString() };
    await savePreset(ctx.core.store.db, preset);
    await appendAudit(ctx.core.store.db, { at: preset.savedAt, operatorId: op.id, action: 'exchange.savePreset', subjectType: 'sponsor', subjectId: req.sponsor, detail: { headers: req.headers } });
    return preset;
  },
};
