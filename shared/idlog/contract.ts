import { z } from 'zod';
import { channel } from '../ipc/channel';
import { idSchema, instantSchema, localDateSchema } from '../ipc/schemas';

export const ID_CHECK_KINDS = ['identity', 'admission', 'refusal', 'absent', 'correction'] as const;
export type IdCheckKind = (typeof ID_CHECK_KINDS)[number];

/**
 * The outcome column of the log: an identity check's verdict ('allowed' / 'refused' /
 * 'needs-override'), an admission ('admitted', or 'overridden' by a manager), 'absent' (the
 * window closed, DAY-1/DAY-2) and 'corrected' (a manager's correction of an earlier record).
 */
export const ID_CHECK_OUTCOMES = ['allowed', 'refused', 'needs-override', 'admitted', 'overridden', 'absent', 'corrected'] as const;
export type IdCheckOutcome = (typeof ID_CHECK_OUTCOMES)[number];

/** One record of the identity-check log. The document number is masked; never in full. */
export interface IdLogRecord {
  id: number;
  kind: IdCheckKind;
  checkedAt: string;
  checkedLocal: string;
  appointmentId: number;
  admissionCode: string;
  sessionId: number | null;
  candidateName: string;
  documentType: string | null;
  documentMasked: string | null;
  outcome: string;
  ruleIds: string[];
  /** A manager's override reason (admission) — shown prominently. */
  overrideReason: string | null;
  /** A correction's reason. */
  correctionReason: string | null;
  correctsId: number | null;
  /** Ids of later records that correct this one. */
  correctedBy: number[];
  operatorId: number;
  operatorName: string;
  desk: string;
  hasPhoto: boolean;
  checks: Record<string, unknown>;
}

export interface ChainStatus {
  ok: boolean;
  length: number;
  /** The id (id_checks) or seq (audit log) of the first broken record. */
  brokenAt?: number;
  reason?: 'prev-mismatch' | 'hash-mismatch';
}

export interface IdLogPhoto {
  idCheckId: number;
  mime: string;
  sha256: string;
  base64: string;
  /** The digest in the chained record still matches the stored image. */
  matchesRecord: boolean;
}

export const idlogListSchema = z
  .object({
    /** A center-local day. */
    date: localDateSchema.optional(),
    sessionId: idSchema.optional(),
    outcome: z.enum(ID_CHECK_OUTCOMES).optional(),
    kind: z.enum(ID_CHECK_KINDS).optional(),
    operatorId: idSchema.optional(),
    /** Instants, inclusive from / exclusive to. */
    from: instantSchema.optional(),
    to: instantSchema.optional(),
    limit: z.number().int().min(1).max(2000).default(500),
  })
  .strict();

export const idlogContract = {
  /** The log, newest first, with filters. */
  'idlog.list': channel<{ records: IdLogRecord[]; truncated: boolean }>()({
    request: idlogListSchema,
    role: 'proctor',
  }),
  /** The photo taken with an identity check, or null (none taken, or purged under REP-3). */
  'idlog.photo': channel<IdLogPhoto | null>()({
    request: z.object({ idCheckId: idSchema }).strict(),
    role: 'proctor',
  }),
  /** Walks both hash chains: the identity-check log and the audit log. */
  'idlog.verify': channel<{ idChecks: ChainStatus; audit: ChainStatus }>()({
    request: z.object({}).strict(),
    role: 'manager',
  }),
  /** A correction is a new record naming the one it corrects; nothing is ever edited. */
  'idlog.correct': channel<IdLogRecord>()({
    request: z.object({ idCheckId: idSchema, reason: z.string().trim().min(5).max(500) }).strict(),
    role: 'manager',
  }),
};
