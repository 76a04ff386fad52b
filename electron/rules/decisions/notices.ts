/** Notice dates: REP-2 (registration confirmed, admission ticket, results). */
import type { FactsOf } from '../../../shared/rules/requests';
import type { Verdict } from '../../../shared/rules/verdict';
import { addDays } from '../../../shared/time/dates';
import { endOfLocalDate, parseInstant } from '../../../shared/time/zoned';
import { RuleFailure, type Ctx } from '../context';
import type { Decision } from './types';

function run(f: FactsOf<'notices'>, ctx: Ctx): Verdict {
  const n = ctx.need('notices', 'notice');
  const b = ctx.builder();
  if (!f.registeredAt && !f.examStart) throw new RuleFailure('INCONSISTENT_FACTS', 'give registeredAt and/or examStart', 'facts');
  if (f.registeredAt) {
    const reg = ctx.instant(f.registeredAt);
    const by = endOfLocalDate(ctx.calendar.addWorkingDays(ctx.localDate(reg), n.confirmationWithinWorkingDays), ctx.zone);
    b.instant('confirmationBefore', by);
    b.because('REP-2', 'reason.notices.confirmation', { days: n.confirmationWithinWorkingDays, by: ctx.local(by) });
  }
  if (f.examStart) {
    const examDate = ctx.localDate(ctx.instant(f.examStart));
    const from = addDays(examDate, -n.ticketDaysBefore.earliest);
    const to = addDays(examDate, -n.ticketDaysBefore.latest);
    const resultsBy = endOfLocalDate(ctx.calendar.addWorkingDays(examDate, n.resultsWithinWorkingDays), ctx.zone);
    b.date('ticketFrom', from).date('ticketThrough', to).instant('resultsBefore', resultsBy);
    b.because('REP-2', 'reason.notices.ticket', { from, to });
    b.because('REP-2', 'reason.notices.results', { days: n.resultsWithinWorkingDays, by: ctx.local(resultsBy) });
  }
  return b.allow('verdict.notices.schedule');
}

export const notices: Decision<'notices'> = {
  name: 'notices',
  anchor: (r) => parseInstant(r.facts.examStart ?? r.facts.registeredAt ?? r.now),
  run,
};
