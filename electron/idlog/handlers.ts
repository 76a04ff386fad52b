import { createHash } from 'node:crypto';
import type { ChainStatus, idlogContract } from '../../shared/idlog/contract';
import { appendAudit, verifyAuditLog } from '../audit/audit-log';
import type { ChainReport } from '../audit/hash';
import { requireOperator } from '../core/context';
import { DomainError } from '../core/errors';
import type { HandlerMap } from '../core/registry';
import { verifyIdCheckChain } from './chain';
import { dayBounds } from './center-zone';
import { correctIdCheck } from './correct';
import { listIdChecks } from './list-repo';
import { idCheckRecord, photoOfIdCheck } from './photo-repo';
import { requestZone } from '../core/request-zone';

function statusOf(r: ChainReport): ChainStatus {
  return r.ok ? { ok: true, length: r.length } : { ok: false, length: r.length, brokenAt: r.brokenAt, reason: r.reason };
}

export const idlogHandlers: HandlerMap<typeof idlogContract> = {
  'idlog.list': async (req, ctx) => {
    const db = ctx.core.store.db;
    const zone = await requestZone(ctx);
    return listIdChecks(db, { ...req, ...(req.date ? dayBounds(req.date, zone) : {}) }, zone);
  },

  'idlog.photo': async (req, ctx) => {
    const db = ctx.core.store.db;
    const op = requireOperator(ctx);
    const rec = await idCheckRecord(db, req.idCheckId);
    if (!rec) throw new DomainError('NOT_FOUND', `No identity-check record with id ${req.idCheckId}.`);
    const photo = await photoOfIdCheck(db, rec.candidate_id, rec.id);
    if (!photo) return null;
    const bytes = Buffer.from(photo.bytes);
    let recorded: unknown;
    try {
      recorded = (JSON.parse(rec.checks_json) as { photo?: { sha256?: unknown } }).photo?.sha256 ?? null;
    } catch {
      recorded = null;
    }
    const actual = createHash('sha256').update(bytes).digest('hex');
    // Looking at a candidate's photo is personal data access: it is audited.
    await db.transaction().execute((trx) =>
      appendAudit(trx, {
        at: ctx.now.toISOString(),
        operatorId: op.id,
        action: 'idlog.photo.view',
        subjectType: 'id_check',
        subjectId: rec.id,
        detail: { desk: ctx.caller.desk },
      }),
    );
    return {
      idCheckId: rec.id,
      mime: photo.mime,
      sha256: photo.sha256,
      base64: bytes.toString('base64'),
      matchesRecord: recorded === actual && photo.sha256 === actual,
    };
  },

  'idlog.verify': async (_req, ctx) => {
    const db = ctx.core.store.db;
    return { idChecks: statusOf(await verifyIdCheckChain(db)), audit: statusOf(await verifyAuditLog(db)) };
  },

  'idlog.correct': (req, ctx) => correctIdCheck(req.idCheckId, req.reason, ctx),
};
