import type { AppointmentPick, policyContract } from '../../shared/policy/contract';
import { appendAudit } from '../audit/audit-log';
import type { HandlerMap } from '../core/registry';
import { DomainError } from '../core/errors';
import { defaultRuleEnv } from '../rules/default-env';
import { decide } from '../rules/engine';
import { loadProfiles } from '../rules/profiles';
import { localDateTime } from '../today/local-time';
import { loadAppointmentFacts, type AppointmentFacts } from './appointment-facts';
import { importCalendarNotice } from './calendar-import';
import { calendarRows, ruleEnvFor } from './rule-env';
import { whatIfRequests } from './requests-for';
import { appointmentIdsOfDay } from './appointment-picks-repo';
import { saveCalendarDay } from './calendar-days-repo';

function pickOf(f: AppointmentFacts): AppointmentPick {
  return {
    id: f.id,
    bookingId: f.bookingId,
    candidateName: f.candidateName,
    documentMasked: `****${f.idLast4}`,
    subjectCode: f.subject.code,
    subjectName: f.subject.name,
    profileId: f.subject.profileId,
    startsAt: f.startsAt,
    startLocal: localDateTime(f.startsAt, f.timeZone),
    state: f.state,
  };
}

export const policyHandlers: HandlerMap<typeof policyContract> = {
  'rules.profiles': () => loadProfiles(),

  'rules.appointments': async (req, ctx) => {
    const db = ctx.core.store.db;
    const ids = await appointmentIdsOfDay(db, req.date, req.query);
    const picks: AppointmentPick[] = [];
    for (const id of ids) {
      const f = await loadAppointmentFacts(db, id);
      if (f) picks.push(pickOf(f));
    }
    return picks;
  },

  'rules.whatIf': async (req, ctx) => {
    const db = ctx.core.store.db;
    const f = await loadAppointmentFacts(db, req.appointmentId);
    if (!f) throw new DomainError('NOT_FOUND', `No appointment with id ${req.appointmentId}.`);
    const env = await ruleEnvFor(db);
    const at = new Date(req.at).toISOString();
    const answers = whatIfRequests(f, at).map((request) => {
      const out = decide(request, env);
      return {
        decision: request.decision,
        result: 'error' in out ? { ok: false as const, error: out.error } : { ok: true as const, verdict: out },
      };
    });
    return { appointment: pickOf(f), at, atLocal: localDateTime(at, f.timeZone), timeZone: f.timeZone, answers };
  },

  'rules.calendar': async (_req, ctx) => {
    const rows = await calendarRows(ctx.core.store.db);
    return { rows, coveredYears: defaultRuleEnv(rows).calendar.years };
  },

  'rules.calendarImport': async (req, ctx) => {
    const r = await importCalendarNotice(ctx.core.store.db, req.text, {
      at: ctx.now.toISOString(),
      operatorId: ctx.operator!.id,
      door: 'desk',
      fileName: req.fileName,
      apply: req.apply,
    });
    return r.ok ? r : { ok: false as const, problem: r.problem };
  },

  'rules.calendarAdd': async (req, ctx) => {
    const op = ctx.operator!;
    return ctx.core.store.db.transaction().execute(async (trx) => {
      for (const row of req.rows) {
        await saveCalendarDay(trx, row);
      }
      await appendAudit(trx, {
        at: ctx.now.toISOString(),
        operatorId: op.id,
        action: 'rules.calendarAdd',
        subjectType: 'calendar',
        detail: { rows: req.rows.length, from: req.rows[0]?.date, to: req.rows.at(-1)?.date },
      });
      return { added: req.rows.length };
    });
  },
};
