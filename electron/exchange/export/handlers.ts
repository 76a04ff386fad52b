import { createHash } from 'node:crypto';
import type { exportContract, OutboxEntry } from '../../../shared/exchange/export-contract';
import { appendAudit } from '../../audit/audit-log';
import { requireOperator } from '../../core/context';
import { DomainError } from '../../core/errors';
import type { HandlerMap } from '../../core/registry';
import { encodeTable, MIME } from './encode';
import { exportRows } from './export-rows';
import { exportCenterCode, insertOutboxEntry, listOutbox, markOutboxSent, outboxSentState } from './outbox-repo';

export const exportHandlers: HandlerMap<typeof exportContract> = {
  'exchange.export': async (req, ctx) => {
    const db = ctx.core.store.db;
    const op = requireOperator(ctx);
    const center = await exportCenterCode(db);
    const table = await exportRows(db, req.kind, req.date);
    const bytes = await encodeTable(table, req.format, req.kind);
    const fileName = `${center}-${req.date}-${req.kind}.${req.format}`;
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const at = ctx.now.toISOString();
    const outboxId = await db.transaction().execute(async (trx) => {
      const id = await insertOutboxEntry(trx, {
        kind: req.kind,
        local_date: req.date,
        format: req.format,
        file_name: fileName,
        rows: table.rows.length,
        sha256,
        created_at: at,
        created_by: op.id,
        sent_at: null,
        sent_by: null,
      });
      await appendAudit(trx, { at, operatorId: op.id, action: 'exchange.export', subjectType: 'outbox', subjectId: id, detail: { kind: req.kind, date: req.date, format: req.format, rows: table.rows.length, sha256 } });
      return id;
    });
    return { outboxId, fileName, mime: MIME[req.format], base64: bytes.toString('base64'), rows: table.rows.length };
  },

  'exchange.outbox': (_req, ctx) => listOutbox(ctx.core.store.db),

  'exchange.markSent': async (req, ctx) => {
    const db = ctx.core.store.db;
    const op = requireOperator(ctx);
    await db.transaction().execute(async (trx) => {
      const row = await outboxSentState(trx, req.outboxId);
      if (!row) throw new DomainError('NOT_FOUND', `No outbox entry ${req.outboxId}.`);
      if (row.sent_at) throw new DomainError('CONFLICT', `Outbox entry ${req.outboxId} was already marked sent at ${row.sent_at}.`, { key: 'exchange.alreadySent', params: { at: row.sent_at } });
      await markOutboxSent(trx, req.outboxId, ctx.now.toISOString(), op.id);
      await appendAudit(trx, { at: ctx.now.toISOString(), operatorId: op.id, action: 'exchange.markSent', subjectType: 'outbox', subjectId: req.outboxId });
    });
    const entry = (await listOutbox(db)).find((e) => e.id === req.outboxId);
    return entry as OutboxEntry;
  },
};
