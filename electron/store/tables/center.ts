import type { Generated } from 'kysely';

/* Table types (see migrations/): The center, its settings and profiles, sponsors, the working-day calendar and subjects. Instants: ISO UTC text. Money: integer fen. */
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
