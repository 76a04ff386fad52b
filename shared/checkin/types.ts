/**
 * What the check-in channels answer. Document numbers never appear in full: a card carries the
 * last 4 characters, a record the masked number (shared/identity/mask.ts).
 */
import type { DocumentErrorCode } from '../identity/error-codes';
import type { NameMatch } from '../names/match';
import type { QueryKind } from '../names/query-kind';
import type { Verdict } from '../rules/verdict';

export const APPOINTMENT_STATES = ['booked', 'cancelled', 'rescheduled', 'completed', 'no-show'] as const;
export type AppointmentStateName = (typeof APPOINTMENT_STATES)[number];

/** ORD-1/ORD-3 and PAY-5 as a card shows them: a paid individual order, an enterprise redeem code, ... */
export const ORDER_STATES = ['paid', 'redeem', 'expired', 'unpaid', 'refunded'] as const;
export type OrderState = (typeof ORDER_STATES)[number];

export interface CheckInState {
  admittedAt: string;
  admittedLocal: string;
  /** The operator's display name. */
  by: string;
  /** The manager's written reason when the admission was an override. */
  overrideReason: string | null;
  /** Another desk of the center admitted this appointment (#19): its name, as mirrored from the center. */
  desk?: string;
}

/** One search hit on the check-in desk. */
export interface CheckinCard {
  appointmentId: number;
  admissionCode: string;
  bookingId: string;
  candidateName: string;
  pinyin: string | null;
  /** "****6510": the last 4 characters only. */
  documentMasked: string;
  documentType: string;
  subjectCode: string;
  subjectName: string;
  part: string;
  startsAt: string;
  startLocal: string;
  sessionId: number | null;
  room: { code: string; name: string } | null;
  seatLabel: string | null;
  appointmentState: AppointmentStateName;
  orderState: OrderState;
  hasPhoto: boolean;
  checkIn: CheckInState | null;
}

export interface FindResult {
  /** The query after removing scanner control characters. */
  query: string;
  kind: QueryKind;
  /** The center-local date searched (the desk's current day). */
  date: string;
  cards: CheckinCard[];
  /** More than the 20 cards shown matched: type more of the name. */
  truncated: boolean;
}

/** The facts an admission verdict was taken on, shown next to it. */
export interface AdmissionFacts {
  admissionCode: string;
  candidateName: string;
  profileId: string;
  startsAt: string;
  startLocal: string;
  appointmentState: AppointmentStateName;
  order: { orderNo: string; paidAt: string | null; state: OrderState; expiresAt: string | null };
  subject: {
    code: string;
    name: string;
    onSale: string | null;
    stopSale: string | null;
    stopService: string | null;
  };
  checkIn: CheckInState | null;
}

/**
 * Where the identity check of today stands: none yet, passed, refused (the candidate may be
 * checked again, e.g. with the original document), or blocked (DAY-4/DAY-6: an identity mismatch
 * cancels the eligibility until a manager corrects the record).
 */
export const IDENTITY_STATUSES = ['none', 'passed', 'refused', 'blocked'] as const;
export type IdentityStatusName = (typeof IDENTITY_STATUSES)[number];

export interface IdentityStatus {
  status: IdentityStatusName;
  idCheckId: number | null;
  at: string | null;
  by: string | null;
  ruleIds: string[];
  /** The identity verdict's message key (i18n namespace `rules`). */
  messageKey: string | null;
}

export interface RuleErrorInfo {
  code: string;
  message: string;
}

/**
 * A scan answered in one request (`checkin.scan`): what `checkin.find` answers for the code, and
 * the verdict of its first card as `checkin.verdict` answers it (null when nothing was found).
 */
export interface ScanResult {
  find: FindResult;
  view: AdmissionView | null;
}

export interface AdmissionView {
  appointmentId: number;
  now: string;
  nowLocal: string;
  timeZone: string;
  /** The rule engine's admission verdict, or null with `ruleError` when the rules cannot answer. */
  verdict: Verdict | null;
  ruleError: RuleErrorInfo | null;
  facts: AdmissionFacts;
  identity: IdentityStatus;
  /** Verdict allowed and identity passed: `checkin.admit` will admit. */
  canAdmit: boolean;
  /** A manager may admit with a written reason (the refusal is overridable). */
  canOverride: boolean;
}

export type CheckResult = 'pass' | 'fail' | 'n/a';

/** What was checked at the desk, as recorded in id_checks.checks_json. */
export interface IdentityChecks {
  documentNumber: CheckResult;
  checkDigit: CheckResult;
  expiry: { date: string | null; result: CheckResult };
  original: CheckResult;
  nameMatch: NameMatch;
  nameOnDocument: string;
  photoMatches: CheckResult;
  staffCheck: 'pass' | 'fail' | 'pending' | 'n/a';
  /** The presented number compared (by keyed hash) with the one the candidate registered with. */
  registeredDocument: 'same' | 'different';
  photo: { sha256: string; mime: string; bytes: number } | null;
  messageKey: string;
  overridable: boolean;
}

export interface IdCheckSummary {
  id: number;
  appointmentId: number;
  checkedAt: string;
  checkedLocal: string;
  documentType: string;
  documentMasked: string;
  outcome: string;
  ruleIds: string[];
  checks: IdentityChecks;
  hasPhoto: boolean;
}

export type RecordIdCheckResult =
  | {
      status: 'recorded';
      record: IdCheckSummary;
      verdict: Verdict;
      nameMatch: NameMatch;
      /** The presented document is not the one the candidate registered with: ask why. */
      documentDiffersFromRegistration: boolean;
    }
  | {
      /** The number has a typo or is not a number of that type: nothing was recorded. */
      status: 'invalid-number';
      code: DocumentErrorCode;
      position: number | null;
    };

export type AdmitResult =
  | {
      status: 'admitted';
      checkInId: number;
      idCheckId: number;
      at: string;
      atLocal: string;
      by: string;
      overrideReason: string | null;
      /** The rule ids of the refusal that was overridden (empty when none). */
      overriddenRuleIds: string[];
    }
  | {
      /** DAY-8: this appointment was admitted before; nothing was written. */
      status: 'already-admitted';
      at: string;
      atLocal: string;
      by: string;
      /** The repeat carries the same client nonce as the admission (a double send). */
      sameRequest: boolean;
      /** Another desk of the center admitted this appointment (#19, DAY-8 across desks). */
      desk?: string;
    }
  | {
      status: 'refused';
      idCheckId: number;
      ruleIds: string[];
      /** The message: an engine verdict (`rules`) or the desk's own (`checkin`, no identity check yet). */
      messageNamespace: 'rules' | 'checkin';
      messageKey: string;
      params: Record<string, string | number>;
      verdict: Verdict | null;
      identity: IdentityStatus;
      overridable: boolean;
    };

export interface AbsentEntry {
  appointmentId: number;
  admissionCode: string;
  candidateName: string;
  ruleId: string;
  /** Marked absent by this call (false: already marked by an earlier call). */
  newlyMarked: boolean;
}

export interface CloseWindowResult {
  sessionId: number;
  windowClosedAt: string;
  windowClosedLocal: string;
  absent: AbsentEntry[];
  newlyMarked: number;
}

/** A session's check-in cut-off (DAY-1 / DAY-2) as the Today and Check-in screens count down to it. */
export interface SessionCutoff {
  ruleId: 'DAY-1' | 'DAY-2';
  /** The last admissible arrival (DAY-1) or the closing instant (DAY-2), UTC. */
  at: string;
  atLocal: string;
  /** Every appointment's window is closed now: `checkin.closeWindow` will accept. */
  closable: boolean;
}

/** A booked candidate of a session not admitted (nor marked absent) yet. */
export interface NotArrived {
  appointmentId: number;
  admissionCode: string;
  candidateName: string;
}
