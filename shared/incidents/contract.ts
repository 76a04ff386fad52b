import { z } from 'zod';
import { channel } from '../ipc/channel';
import { idSchema, localDateSchema } from '../ipc/schemas';

/**
 * Incident reports, as test centers keep them: what happened to a candidate or in a session, when,
 * in the proctor's words; a manager reviews and closes each with a resolution note.
 */
export const INCIDENT_KINDS = ['late-arrival', 'misconduct', 'technical-fault', 'illness', 'other'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

/** The rule an incident of this kind may lead to: misconduct to a cancelled result, a fault to a free rebooking. */
export const INCIDENT_RULE: Record<IncidentKind, string | null> = {
  'late-arrival': 'DAY-1',
  misconduct: 'RES-5',
  'technical-fault': 'BOOK-7',
  illness: null,
  other: null,
};

export interface IncidentView {
  id: number;
  kind: IncidentKind;
  ruleId: string | null;
  sessionId: number;
  /** "A 09:00": room code and center-local start. */
  sessionLabel: string;
  appointmentId: number | null;
  candidateName: string | null;
  bookingId: string | null;
  /** Center-local "YYYY-MM-DD HH:mm". */
  occurredLocal: string;
  text: string;
  recordedBy: string;
  recordedAt: string;
  state: 'open' | 'closed';
  resolution: string | null;
  closedBy: string | null;
  closedLocal: string | null;
}

const text = z.string().trim().min(5).max(2000);

export const incidentsContract = {
  /** A proctor records an incident of a session (and of one of its candidates, if given). Audited. */
  'incidents.record': channel<IncidentView>()({
    request: z
      .object({
        sessionId: idSchema,
        appointmentId: idSchema.optional(),
        kind: z.enum(INCIDENT_KINDS),
        /** Center-local "HH:mm" on the session's day. */
        occurredAt: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
        text,
      })
      .strict(),
    role: 'proctor',
  }),
  /** The incidents of a day (or one session), newest first; open ones only if asked. */
  'incidents.list': channel<IncidentView[]>()({
    request: z.object({ date: localDateSchema, sessionId: idSchema.optional(), openOnly: z.boolean().optional() }).strict(),
    role: 'proctor',
  }),
  /** A manager closes an open incident with a resolution note. Audited. */
  'incidents.close': channel<IncidentView>()({
    request: z.object({ id: idSchema, resolution: text }).strict(),
    role: 'manager',
  }),
};
