/** The national unified exam date of a month and its deadlines: BOOK-3 (BOOK-4, RES-3, REP-2). */
import type { FactsOf } from '../../../shared/rules/requests';
import type { Verdict } from '../../../shared/rules/verdict';
import { addDays } from '../../../shared/time/dates';
import { localMidnight } from '../../../shared/time/zoned';
import type { Ctx } from '../context';
import { nationalExamDate, registrationClosesAt, registrationOpensAt } from '../national-exam';
import type { Decision } from './types';

function run(f: FactsOf<'national-exam-date'>, ctx: Ctx): Verdict {
  const nat = ctx.need('nationalExam', 'national exam date');
  const b = ctx.builder();
  const [year, month] = f.month.split('-').map(Number) as [number, number];
  const exam = nationalExamDate(ctx.calendar, year, month, nat);
  const opens = registrationOpensAt(exam.date, ctx.zone, nat);
  const closes = registrationClosesAt(exam.date, ctx.zone, nat);
  b.date('examDate', exam.date).date('lastSaturdayDate', exam.lastWeekday);
  b.instant('registrationFrom', opens).instant('registrationBefore', closes);
  if (exam.shifted) b.because('BOOK-3', 'reason.national.shifted', { last: exam.lastWeekday, holiday: exam.holiday ?? '', date: exam.date });
  else b.because('BOOK-3', 'reason.national.lastSaturday', { date: exam.date });
  const p = ctx.profile.parameters;
  if (p.change?.rule === 'registration-deadline') {
    b.instant('deferralBefore', closes);
    b.remind('BOOK-4', 'remind.national.deferral', { closes: ctx.local(closes) });
  }
  if (p.retake?.rule === 'free-once') {
    const retakeCloses = localMidnight(addDays(exam.date, -p.retake.requestClosesDaysBefore), ctx.zone);
    b.uses('RES-3').instant('retakeRequestBefore', retakeCloses);
  }
  if (p.notices) {
    b.uses('REP-2').date('ticketFrom', addDays(exam.date, -p.notices.ticketDaysBefore.earliest));
    b.date('ticketThrough', addDays(exam.date, -p.notices.ticketDaysBefore.latest));
  }
  const params = { date: exam.date, opens: ctx.local(opens), closes: ctx.local(closes) };
  if (ctx.now < opens) {
    b.because('BOOK-3', 'reason.national.notOpenYet', { opens: ctx.local(opens) });
    return b.refuse('verdict.national.notOpenYet', params);
  }
  if (ctx.now >= closes) {
    b.because('BOOK-3', 'reason.national.closed', { closes: ctx.local(closes) });
    return b.refuse('verdict.national.closed', params);
  }
  b.because('BOOK-3', 'reason.national.open', { closes: ctx.local(closes) });
  return b.allow('verdict.national.open', params);
}

export const nationalExamDateDecision: Decision<'national-exam-date'> = {
  name: 'national-exam-date',
  anchor: (r) => localMidnight(`${r.facts.month}-01`, r.timeZone),
  run,
};
