import type { Insertable, Selectable } from 'kysely';
import type { OperatorsTable } from './tables/accounts';
import type { AppointmentsTable } from './tables/appointments';
import type { AuditLogTable } from './tables/audit';
import type { CandidatesTable, CouponsTable, OrdersTable, RedeemCodesTable } from './tables/candidates';
import type { CalendarDaysTable, CenterProfilesTable, CentersTable, SettingsTable, SponsorsTable, SubjectPartsTable, SubjectsTable } from './tables/center';
import type { CheckInsTable, IdChecksTable, PhotosTable } from './tables/checkin';
import type { CenterLeaseCopyTable, CenterMirrorCursorTable, CenterOutboxTable } from './tables/centerlink';
import type { OutboxTable } from './tables/exchange';
import type { IncidentsTable } from './tables/incidents';
import type { CertificatesTable, ResultsTable, ScoreResolutionsTable, ScoresTable } from './tables/scores';
import type { ExamSessionsTable, RoomsTable, SeatAssignmentsTable, SeatFaultsTable, SeatPlansTable, SeatsTable } from './tables/seating';

export type * from './tables/accounts';
export type * from './tables/appointments';
export type * from './tables/audit';
export type * from './tables/candidates';
export type * from './tables/center';
export type * from './tables/centerlink';
export type * from './tables/checkin';
export type * from './tables/exchange';
export type * from './tables/incidents';
export type * from './tables/scores';
export type * from './tables/seating';

/**
 * The Kysely type of the store: one entry per table (see migrations/). The table types are declared
 * per domain in tables/*.ts and re-exported here; test/store/schema-matches-migrations.test.ts checks
 * this type against the migrated database. Instants: ISO UTC text. Money: integer fen.
 */
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
  center_outbox: CenterOutboxTable;
  center_lease_copy: CenterLeaseCopyTable;
  center_mirror_cursor: CenterMirrorCursorTable;
}

export type Candidate = Selectable<CandidatesTable>;
export type NewCandidate = Insertable<CandidatesTable>;
export type Operator = Selectable<OperatorsTable>;
export type Appointment = Selectable<AppointmentsTable>;
