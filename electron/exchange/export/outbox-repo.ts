import type { Kysely } from 'kysely';
import type { ExportFormat, ExportKind, OutboxEntry } from '../../../shared/exchange/export-contract';
import type { DB } from '../../store/schema';
import { localDateTime } from '../../today/local-time';

export async function listOutbox(db: Kysely<DB>): Promise<OutboxEntry[]> {
  const zone = (await db.selectFrom('centers').select('time_zone').executeTakeFirst())?.time_zone ?? 'Asia/Shanghai';
  const rows = await db
    .selectFrom('outbox as o')
    .leftJoin('operators as op', 'op.id', 'o.created_by')
    .selectAll('o')
    .select('op.display_name')
    .orderBy('o.id', 'desc')
    .limit(500)
    .execute();
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
