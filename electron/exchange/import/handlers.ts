import { base64Bytes, type importContract } from '../../../shared/exchange/import-contract';
import type { ImportField } from '../../../shared/exchange/import-fields';
import { appendAudit } from '../../audit/audit-log';
import { requireOperator } from '../../core/context';
import type { HandlerContext } from '../../core/context';
import type { HandlerMap } from '../../core/registry';
import type { ImportJob, ImportMode } from './import-jobs';
import { listPresets, savePreset } from './presets';
import { assertFileSize, checkImport, runImport } from './run-import';

/** The file's bytes, its size checked before it is decoded (#14.8). */
function bytesOf(base64: string): Uint8Array {
  assertFileSize(base64Bytes(base64));
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

/** Runs one import job: one at a time per desk, its progress readable while it runs. */
async function asJob<T>(ctx: HandlerContext, mode: ImportMode, jobId: string | undefined, work: (job: ImportJob) => Promise<T>): Promise<T> {
  const job = ctx.core.imports.begin(ctx.caller.clientId, mode, jobId, ctx.now);
  try {
    return await work(job);
  } finally {
    job.end();
  }
}

export const importHandlers: HandlerMap<typeof importContract> = {
  'exchange.importPreview': (req, ctx) =>
    asJob(ctx, 'preview', req.jobId, async (job) => {
      const file = { fileName: req.fileName, bytes: bytesOf(req.base64), mapping: req.mapping };
      return (await checkImport(ctx.core.store.db, ctx.core.hashKey, file, job.report, ctx.now)).preview;
    }),

  'exchange.importApply': (req, ctx) => {
    const op = requireOperator(ctx);
    return asJob(ctx, 'apply', req.jobId, async (job) => {
      const file = { fileName: req.fileName, bytes: bytesOf(req.base64), mapping: req.mapping };
      const r = await runImport(ctx.core.store.db, ctx.core.hashKey, file, { operatorId: op.id, now: ctx.now, door: ctx.caller.transport, confirmChanges: req.confirmChanges }, job.report);
      return { created: r.created, updated: r.updated, unchanged: r.unchanged, sha256: r.sha256, rooms: r.rooms };
    });
  },

  'exchange.importProgress': (req, ctx) => ctx.core.imports.progressOf(ctx.caller.clientId, req.jobId),

  'exchange.importPresets': (_req, ctx) => listPresets(ctx.core.store.db),

  'exchange.savePreset': async (req, ctx) => {
    const op = requireOperator(ctx);
    const preset = { sponsor: req.sponsor, headers: req.headers as Partial<Record<ImportField, string>>, savedAt: ctx.now.toISOString() };
    await ctx.core.store.db.transaction().execute(async (trx) => {
      await savePreset(trx, preset);
      await appendAudit(trx, { at: preset.savedAt, operatorId: op.id, action: 'exchange.savePreset', subjectType: 'sponsor', subjectId: req.sponsor, detail: { headers: req.headers } });
    });
    return preset;
  },
};
