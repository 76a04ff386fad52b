import { z } from 'zod';
import { channel } from '../ipc/channel';
import { idSchema, localDateSchema } from '../ipc/schemas';

export interface AuditEntryView {
  seq: number;
  at: string;
  /** Center-local "YYYY-MM-DD HH:mm". */
  atLocal: string;
  operator: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  /** The candidate the entry is about, when it names an appointment or a candidate. */
  candidate: string | null;
  detail: string;
  hash: string;
}

export const auditContract = {
  /** Managers: who did what to which candidate, newest first, with filters. */
  'audit.list': channel<{ entries: AuditEntryView[]; truncated: boolean; actions: string[] }>()({
    request: z
      .object({
        from: localDateSchema.optional(),
        to: localDateSchema.optional(),
        action: z.string().max(60).optional(),
        operatorId: idSchema.optional(),
        /** Part of a candidate's name or a booking id. */
        candidate: z.string().trim().max(60).optional(),
      })
      .strict(),
    role: 'manager',
  }),
  /** Managers: one candidate's full document number. Audited with the reason. */
  'audit.revealDocument': channel<{ documentNumber: string | null; purged: boolean }>()({
    request: z.object({ appointmentId: idSchema, reason: z.string().trim().min(5).max(300) }).strict(),
    role: 'manager',
  }),
};
