import type { Insertable, Kysely } from 'kysely';
import type { ExportFormat, ExportKind, OutboxEntry } from '../../../shared/exchange/export-contract';
import type { Db } from '../../store/db';
import type { DB, OutboxTable } from '../../store/schema';
import { localDateTime } from '../../today/local-time';
import { centerZone } from '../../store/center-zone';

export async function listOutbox(db: Kysely<DB>): Promise<OutboxEntry[]> {
  const zone = await centerZone(db);
  const rows = await db.selectFrom('outbox as o').leftJoin('operators as op', 'op.id', 'o.created_by').selectAll('o').select('op.display_name').orderBy('o.id', 'desc').limit(500).execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as ExportKind,
    date: r.local_date,
    format: r.format as ExportFormat,
    fileName: r.file_name,
    rows: r.rows,
    sha256: r.sha256,
    createdAt: r.created_at,
    createdLocal: localDateTime(r.created_at, zone),
    createdBy: r.display_name,
    sentAt: r.sent_at,
    sentLocal: r.sent_at ? localDateTime(r.sent_at, zone) : null,
  }));
}

/** The center code that names an export file ('CENTER' before a center is set up). */
export async function exportCenterCode(db: Db): Promise<string> {
  return (await db.selectFrom('centers').select('code').executeTakeFirst())?.code ?? 'CENTER';
}

export async function insertOutboxEntry(db: Db, values: Insertable<OutboxTable>): Promise<number> {
  return (await db.insertInto('outbox').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** An outbox entry and when it was marked sent (null while it is not). */
export function outboxSentState(db: Db, outboxId: number) {
  return db.selectFrom('outbox').select(['id', 'sent_at']).where('id', '=', outboxId).executeTakeFirst();
}

export async function markOutboxSent(db: Db, outboxId: number, at: string, operatorId: number): Promise<void> {
  await db.updateTable('outbox').set({ sent_at: at, sent_by: operatorId }).where('id', '=', outboxId).execute();
}
