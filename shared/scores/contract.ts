import { z } from 'zod';
import type { ImportRowError } from '../exchange/import-contract';

const scoreFileRequest = z.object({ fileName: z.string().min(1).max(260), base64: z.string().min(1).max(40_000_000) }).strict();
import { channel } from '../ipc/channel';
import { idSchema } from '../ipc/schemas';
import { examPartSchema } from '../rules/primitives';
import type { Verdict } from '../rules/verdict';

/** Where one candidate's score for one part stands in double entry (issue #6). */
export type EntryStatus = 'empty' | 'one-entry' | 'agreed' | 'disagreed' | 'resolved';

export interface ScoreRow {
  appointmentId: number;
  candidateName: string;
  documentMasked: string;
  admissionCode: string;
  attemptNo: number;
  maxScore: number;
  passScore: number;
  status: EntryStatus;
  /** #18.5: admitted (a check-in, at the desk or from the paper sheet); only "absent" is recorded for the others. */
  admitted: boolean;
  /** What the signed-in operator entered (their own entry only; never the other operator's). */
  myEntry: { value: number | null; absent: boolean } | null;
  entries: number;
  /** Shown to managers when the two entries disagree. */
  disagreement: { first: { value: number | null; absent: boolean; by: string }; second: { value: number | null; absent: boolean; by: string } } | null;
  result: ResultView | null;
}

export interface ResultView {
  id: number;
  value: number | null;
  absent: boolean;
  passed: boolean;
  state: 'held' | 'released' | 'cancelled' | 'superseded';
  releaseDate: string;
  releasedAt: string | null;
  reason: string | null;
  correctsId: number | null;
}

export interface ScoreSheet {
  sessionId: number;
  part: 'theory' | 'lab' | 'interview';
  startLocal: string;
  roomName: string;
  rows: ScoreRow[];
}

export interface CandidateResult {
  appointmentId: number;
  candidateName: string;
  subjectCode: string;
  subjectName: string;
  part: string;
  result: ResultView;
  /** RES-2 release date; RES-1 pass mark; RES-3 retake; RES-4 certificate validity. */
  release: Verdict | null;
  retake: Verdict | null;
  certificate: Verdict | null;
}

export interface SubjectStats {
  subjectCode: string;
  subjectName: string;
  registered: number;
  attended: number;
  passed: number;
  /** passed / attended, 0..1 (REP-1). */
  passRate: number;
}

const scoreValue = z.number().int().min(0).max(1000);
const sessionPart = z.object({ sessionId: idSchema, part: examPartSchema }).strict();

export interface CertificateView {
  candidateName: string;
  documentMasked: string;
  subjectCode: string;
  subjectName: string;
  releasedAt: string;
  validUntil: string;
  valid: boolean;
}

export interface ScoreImportPreview {
  fileName: string;
  sha256: string;
  rows: number;
  create: number;
  update: number;
  unchanged: number;
  errors: ImportRowError[];
  errorCount: number;
  /** Columns the file lacks (booking_id, part, score). */
  missing: string[];
}

export interface PaperAdmissionResult {
  appointmentId: number;
  admittedAt: string;
  /** Center-local "YYYY-MM-DD HH:mm". */
  admittedLocal: string;
  idCheckId: number;
}

export const scoresContract = {
  /**
   * #18.5: a day run on the paper fallback pack: a manager records an admission from the signed
   * sign-in sheet (its arrival time, a reason) before scores are taken. Audited and in the ID log.
   */
  'scores.recordPaperAdmission': channel<PaperAdmissionResult>()({
    request: z.object({ appointmentId: idSchema, arrivedAt: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/), reason: z.string().trim().min(5).max(500) }).strict(),
    role: 'manager',
  }),
  /** Sponsor scores from a CSV/XLSX (booking_id, part, score or absent): every row checked, nothing written. */
  'scores.importPreview': channel<ScoreImportPreview>()({ request: scoreFileRequest, role: 'manager' }),
  /** Imports them all or none, as sponsor-decided scores (held until their RES-2 date). Audited. */
  'scores.importApply': channel<ScoreImportPreview>()({ request: scoreFileRequest, role: 'manager' }),
  'scores.sheet': channel<ScoreSheet>()({ request: sessionPart, role: 'proctor' }),
  /** One operator's entry of one row; saving again replaces the same operator's own entry. */
  'scores.enter': channel<ScoreRow>()({
    request: z
      .object({ appointmentId: idSchema, part: examPartSchema, value: scoreValue.nullable(), absent: z.boolean() })
      .strict()
      .refine((r) => r.absent === (r.value === null), { message: 'an absent candidate has no score; a present one has a score' }),
    role: 'proctor',
  }),
  /** A manager decides a disagreed score, with a written reason. */
  'scores.resolve': channel<ScoreRow>()({
    request: z
      .object({ appointmentId: idSchema, part: examPartSchema, value: scoreValue.nullable(), absent: z.boolean(), reason: z.string().trim().min(5).max(500) })
      .strict()
      .refine((r) => r.absent === (r.value === null), { message: 'an absent candidate has no score; a present one has a score' }),
    role: 'manager',
  }),
  /** Releases the held results of a session part whose release date (RES-2) has come. */
  'scores.release': channel<{ released: number; notYet: number }>()({ request: sessionPart, role: 'manager' }),
  /** A released result is locked: a correction is a new result with a reason. */
  'scores.correct': channel<ResultView>()({
    request: z.object({ resultId: idSchema, value: scoreValue.nullable(), absent: z.boolean(), reason: z.string().trim().min(5).max(500) }).strict(),
    role: 'manager',
  }),
  /** RES-5: a result cancelled for cheating or a discipline breach. */
  'scores.cancel': channel<ResultView>()({
    request: z.object({ resultId: idSchema, reason: z.string().trim().min(5).max(500) }).strict(),
    role: 'manager',
  }),
  'scores.results': channel<CandidateResult[]>()({ request: z.object({ sessionId: idSchema }).strict(), role: 'proctor' }),
  /** RES-4: a candidate's certificates (by name, booking id or admission code) and whether each is still valid. */
  'scores.certificates': channel<CertificateView[]>()({ request: z.object({ query: z.string().trim().min(1).max(60) }).strict(), role: 'proctor' }),
  'scores.stats': channel<SubjectStats[]>()({ request: z.object({ sessionId: idSchema.optional() }).strict(), role: 'proctor' }),
};
