import { z } from 'zod';
import { channel } from '../ipc/channel';
import { idSchema, localDateSchema } from '../ipc/schemas';

export const EXPORT_KINDS = ['attendance', 'idchecks', 'results', 'incidents'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const EXPORT_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  outboxId: number;
  fileName: string;
  mime: string;
  base64: string;
  rows: number;
}

export interface OutboxEntry {
  id: number;
  kind: ExportKind;
  date: string;
  format: ExportFormat;
  fileName: string;
  rows: number;
  sha256: string;
  createdAt: string;
  /** Center-local "YYYY-MM-DD HH:mm". */
  createdLocal: string;
  createdBy: string | null;
  sentAt: string | null;
  sentLocal: string | null;
}

export const exportContract = {
  /** A file for the sponsor: the day's attendance, identity-check outcomes, results or incidents. Audited. */
  'exchange.export': channel<ExportFile>()({
    request: z.object({ kind: z.enum(EXPORT_KINDS), date: localDateSchema, format: z.enum(EXPORT_FORMATS) }).strict(),
    role: 'manager',
  }),
  /** What is waiting to be sent and what was exported when. */
  'exchange.outbox': channel<OutboxEntry[]>()({ request: z.object({}).strict(), role: 'manager' }),
  /** The export was handed over to the sponsor (uploaded or e-mailed once the network was back). */
  'exchange.markSent': channel<OutboxEntry>()({ request: z.object({ outboxId: idSchema }).strict(), role: 'manager' }),
};
