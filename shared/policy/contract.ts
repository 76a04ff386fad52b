import { z } from 'zod';
import { channel } from '../ipc/channel';
import { idSchema, instantSchema, localDateSchema } from '../ipc/schemas';
import type { CalendarRow } from '../rules/calendar-rows';
import { calendarRowSchema } from '../rules/calendar-rows';
import type { CalendarChange, NoticeProblem } from '../rules/calendar-notice';
import type { PolicyProfile } from '../rules/profile-schema';
import type { DecisionName, RuleError, Verdict } from '../rules/verdict';

/** One appointment a manager can ask "what if" about. Document numbers are masked. */
export interface AppointmentPick {
  id: number;
  bookingId: string;
  candidateName: string;
  documentMasked: string;
  subjectCode: string;
  subjectName: string;
  profileId: string;
  startsAt: string;
  startLocal: string;
  state: string;
}

export interface WhatIfAnswer {
  decision: DecisionName;
  result: { ok: true; verdict: Verdict } | { ok: false; error: RuleError['error'] };
}

export interface WhatIfResult {
  appointment: AppointmentPick;
  at: string;
  atLocal: string;
  timeZone: string;
  answers: WhatIfAnswer[];
}

export const policyContract = {
  /** The policy profiles in force and their parameters (Rules screen). */
  'rules.profiles': channel<PolicyProfile[]>()({ request: z.object({}).strict(), role: 'manager' }),
  /** Appointments of a day, to pick one for the what-if. */
  'rules.appointments': channel<AppointmentPick[]>()({
    request: z.object({ date: localDateSchema, query: z.string().max(40).optional() }).strict(),
    role: 'manager',
  }),
  /** Every verdict for one appointment at a chosen moment, before telling a candidate. */
  'rules.whatIf': channel<WhatIfResult>()({
    request: z.object({ appointmentId: idSchema, at: instantSchema }).strict(),
    role: 'manager',
  }),
  /** The manager's working-day calendar extension rows (a new year's official notice). */
  'rules.calendar': channel<{ rows: CalendarRow[]; coveredYears: number[] }>()({
    request: z.object({}).strict(),
    role: 'manager',
  }),
  /**
   * A year's official holiday notice as a file (CSV date,kind,name or iCalendar): `apply: false`
   * previews the changes against the stored rows, `apply: true` replaces that year's rows (audited).
   * A partial year is a value `{ ok: false, problem }`, never written.
   */
  'rules.calendarImport': channel<{ ok: true; year: number; rows: number; changes: CalendarChange[]; applied: boolean } | { ok: false; problem: NoticeProblem }>()({
    request: z.object({ fileName: z.string().min(1).max(255), text: z.string().max(1_000_000), apply: z.boolean() }).strict(),
    role: 'manager',
  }),
  'rules.calendarAdd': channel<{ added: number }>()({
    request: z.object({ rows: z.array(calendarRowSchema).min(1).max(400) }).strict(),
    role: 'manager',
  }),
};
