import type { Generated, Insertable, Selectable } from 'kysely';

/** Table types of the store (see migrations/). Instants: ISO UTC text. Money: integer fen. */
export interface SettingsTable {
  key: string;
  value: string;
}
export interface CentersTable {
  id: Generated<number>;
  code: string;
  name: string;
  name_en: string;
  time_zone: Generated<string>;
  city: string;
  /** Postal address (migration 2026-11-30-100-center-setup). */
  address: Generated<string>;
}
/** The shipped policy profiles a center applies (none chosen: every shipped profile). */
export interface CenterProfilesTable {
  center_id: number;
  profile_id: string;
  chosen_at: string;
  chosen_by: number | null;
}
export interface SponsorsTable {
  id: Generated<number>;
  code: string;
  name: string;
}
export interface CalendarDaysTable {
  date: string;
  kind: 'holiday' | 'workday';
  name: string | null;
}
export interface SubjectsTable {
  id: Generated<number>;
  sponsor_id: number;
  code: string;
  name: string;
  level: string;
  profile_id: string;
  on_sale_date: string | null;
  stop_sale_date: string | null;
  stop_service_date: string | null;
}
export interface SubjectPartsTable {
  id: Generated<number>;
  subject_id: number;
  part: 'theory' | 'lab' | 'interview';
  max_score: number;
  pass_score: number;
}
export interface CandidatesTable {
  id: Generated<number>;
  name: string;
  pinyin: string | null;
  pinyin_compact: string;
  initials: string;
  id_type: string;
  id_number: string | null;
  id_last4: string;
  id_hash: string;
  phone: string | null;
  email: string | null;
  created_at: string;
  purged_at: string | null;
}
export interface OrdersTable {
  id: Generated<number>;
  sponsor_id: number;
  order_no: string;
  candidate_id: number;
  paid_at: string | null;
  amount_fen: number;
  coupon_code: string | null;
  coupon_discount_fen: Generated<number>;
  redeem_code: string | null;
  attempts: Generated<number>;
  refunded_at: string | null;
}
export interface CouponsTable {
  code: string;
  kind: 'fixed' | 'percent';
  value: number;
  used_by_order_id: number | null;
  used_at: string | null;
}
export interface RedeemCodesTable {
  code: string;
  order_id: number | null;
  state: 'unused' | 'bound' | 'completed' | 'expired' | 'invalid';
  candidate_id: number | null;
  replaced_by: string | null;
  expires_at: string | null;
}
export interface RoomsTable {
  id: Generated<number>;
  center_id: number;
  code: string;
  name: string;
  rows: number;
  cols: number;
  proctor_row: number | null;
  proctor_col: number | null;
}
export interface SeatsTable {
  id: Generated<number>;
  room_id: number;
  label: string;
  row: number;
  col: number;
  status: Generated<'ok' | 'out-of-service'>;
  wheelchair: Generated<number>;
}
export interface ExamSessionsTable {
  id: Generated<number>;
  room_id: number;
  local_date: string;
  starts_at: string;
  duration_min: number;
  closed_at: string | null;
}
export type AppointmentState = 'booked' | 'cancelled' | 'rescheduled' | 'completed' | 'no-show';
export interface AppointmentsTable {
  id: Generated<number>;
  sponsor_id: number;
  booking_id: string;
  admission_code: string;
  candidate_id: number;
  order_id: number;
  subject_id: number;
  part: string;
  session_id: number | null;
  starts_at: string;
  duration_min: number;
  state: Generated<AppointmentState>;
  attempt_no: Generated<number>;
  wheelchair: Generated<number>;
  extra_time_pct: Generated<number>;
  booked_at: string;
}
export interface OperatorsTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  role: 'proctor' | 'manager';
  password_hash: string;
  failed_attempts: Generated<number>;
  locked_until: string | null;
  disabled: Generated<number>;
  created_at: string;
}
export interface CheckInsTable {
  id: Generated<number>;
  appointment_id: number;
  operator_id: number;
  desk: string;
  admitted_at: string;
  override_reason: string | null;
}
export interface IdChecksTable {
  id: Generated<number>;
  appointment_id: number;
  operator_id: number;
  desk: string;
  checked_at: string;
  kind: 'identity' | 'admission' | 'refusal' | 'absent' | 'correction';
  doc_type: string | null;
  doc_masked: string | null;
  doc_hash: string | null;
  checks_json: string;
  outcome: string;
  rule_ids: string;
  override_reason: string | null;
  corrects_id: number | null;
  prev_hash: string;
  hash: string;
}
export interface PhotosTable {
  id: Generated<number>;
  candidate_id: number;
  id_check_id: number | null;
  taken_at: string;
  mime: string;
  sha256: string;
  bytes: Uint8Array;
}
export interface SeatAssignmentsTable {
  id: Generated<number>;
  session_id: number;
  appointment_id: number;
  seat_id: number;
  seed: number | null;
  reason: string | null;
  assigned_at: string;
}
export interface ScoresTable {
  id: Generated<number>;
  appointment_id: number;
  part: string;
  entry_no: 1 | 2;
  operator_id: number;
  value: number | null;
  absent: Generated<number>;
  entered_at: string;
}
export interface CertificatesTable {
  id: Generated<number>;
  candidate_id: number;
  subject_id: number;
  released_at: string;
  valid_until: string;
}
export interface AuditLogTable {
  seq: Generated<number>;
  at: string;
  operator_id: number | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  detail_json: string;
  prev_hash: string;
  hash: string;
}

export interface ScoreResolutionsTable {
  id: Generated<number>;
  appointment_id: number;
  part: string;
  value: number | null;
  absent: Generated<number>;
  reason: string;
  operator_id: number;
  resolved_at: string;
}
export type ResultState = 'held' | 'released' | 'cancelled' | 'superseded';
export interface ResultsTable {
  id: Generated<number>;
  appointment_id: number;
  part: string;
  value: number | null;
  absent: Generated<number>;
  max_score: number;
  pass_score: number;
  passed: number;
  state: ResultState;
  release_date: string;
  released_at: string | null;
  released_by: number | null;
  corrects_id: number | null;
  reason: string | null;
  created_at: string;
  created_by: number;
}

export interface OutboxTable {
  id: Generated<number>;
  kind: string;
  local_date: string;
  format: string;
  file_name: string;
  rows: number;
  sha256: string;
  created_at: string;
  created_by: number | null;
  sent_at: string | null;
  sent_by: number | null;
}

export interface SeatPlansTable {
  session_id: number;
  seed: number;
  adjacent_same_subject: number;
  generated_at: string;
  generated_by: number;
}
export interface SeatFaultsTable {
  id: Generated<number>;
  session_id: number;
  seat_id: number;
  reason: string;
  at: string;
  operator_id: number;
}
export interface IncidentsTable {
  id: Generated<number>;
  session_id: number;
  appointment_id: number | null;
  kind: 'late-arrival' | 'misconduct' | 'technical-fault' | 'illness' | 'other';
  occurred_at: string;
  text: string;
  recorded_by: number;
  recorded_at: string;
  desk: string;
  closed_by: number | null;
  closed_at: string | null;
  resolution: string | null;
}

export interface DB {
  settings: SettingsTable;
  centers: CentersTable;
  sponsors: SponsorsTable;
  calendar_days: CalendarDaysTable;
  subjects: SubjectsTable;
  subject_parts: SubjectPartsTable;
  candidates: CandidatesTable;
  orders: OrdersTable;
  coupons: CouponsTable;
  redeem_codes: RedeemCodesTable;
  rooms: RoomsTable;
  seats: SeatsTable;
  exam_sessions: ExamSessionsTable;
  appointments: AppointmentsTable;
  operators: OperatorsTable;
  check_ins: CheckInsTable;
  id_checks: IdChecksTable;
  photos: PhotosTable;
  seat_assignments: SeatAssignmentsTable;
  scores: ScoresTable;
  certificates: CertificatesTable;
  audit_log: AuditLogTable;
  score_resolutions: ScoreResolutionsTable;
  results: ResultsTable;
  outbox: OutboxTable;
  seat_plans: SeatPlansTable;
  seat_faults: SeatFaultsTable;
  center_profiles: CenterProfilesTable;
  incidents: IncidentsTable;
}

export type Candidate = Selectable<CandidatesTable>;
export type NewCandidate = Insertable<CandidatesTable>;
export type Operator = Selectable<OperatorsTable>;
export type Appointment = Selectable<AppointmentsTable>;
