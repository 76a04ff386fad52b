/** Change an appointment: BOOK-1, BOOK-2, BOOK-4, BOOK-5, BOOK-7, ORD-3, CAT-4, BOOK-3. */
import type { FactsOf, RequestOf } from '../../../shared/rules/requests';
import type { Verdict } from '../../../shared/rules/verdict';
import { compareDates, parseLocalDate, weekdayOf } from '../../../shared/time/dates';
import { addCalendarMonths, parseInstant } from '../../../shared/time/zoned';
import type { Ctx, VerdictBuilder } from '../context';
import { nationalExamDate } from '../national-exam';
import { changeLimit } from './change-deadline';
import { lifecycleRefusal, orderRefusal } from './common';
import type { Decision } from './types';

function run(f: FactsOf<'reschedule'>, ctx: Ctx): Verdict {
  const change = ctx.need('change', 'change');
  const b = ctx.builder();
  const start = ctx.instant(f.start);
  b.instant('start', start);

  // BOOK-7: the center cannot hold the exam: the appointment moves free, whatever the time.
  if (f.centerCannotHold && change.rule === 'hours-before' && change.centerFaultMovesFree) {
    b.because('BOOK-7', 'reason.change.centerFault', {});
    if (f.newStart) b.instant('newStart', ctx.instant(f.newStart));
    return b.allow('verdict.reschedule.centerFault', { start: ctx.local(start) });
  }

  const orderRefused = orderRefusal(ctx, b, f.order, ctx.now, { allowUnpaidIfBookedBeforePayment: true });
  if (orderRefused) return orderRefused;

  if (change.rule === 'registration-deadline') {
    if (f.isRetake && !change.retakeDeferrable) {
      b.because('BOOK-4', 'reason.deferral.retake', {});
      return b.refuse('verdict.deferral.retake');
    }
    if (f.deferralsUsed >= change.deferralsPerRegistration) {
      b.because('BOOK-4', 'reason.deferral.used', { allowed: change.deferralsPerRegistration });
      return b.refuse('verdict.deferral.used', { allowed: change.deferralsPerRegistration });
    }
  }

  const limit = changeLimit(ctx, start, f.order?.bookedBeforePayment ?? false, false);
  b.instant('changeAllowedBefore', limit.until);
  const until = ctx.local(limit.until);
  if (ctx.now >= limit.until) {
    b.because(limit.ruleId, `reason.change.late.${limit.ruleId}`, { until });
    if (limit.ruleId === 'BOOK-1' || limit.ruleId === 'BOOK-2') b.remind('BOOK-1', 'remind.noShowForfeits', {});
    // A manager may override where the rules leave room: BOOK-1/2 (a sponsor-side failure to
    // deliver, 001 terms 3.2) and BOOK-5 (the authorized center arranges its own sessions).
    return b.refuse('verdict.reschedule.late', { until }, { overridable: limit.ruleId !== 'BOOK-4' });
  }
  b.because(limit.ruleId, `reason.change.inTime.${limit.ruleId}`, { until });

  if (f.newStart) {
    const newStart = ctx.instant(f.newStart);
    b.instant('newStart', newStart);
    const refused = newStartRefusal(ctx, b, f, start, newStart);
    if (refused) return refused;
  }
  return b.allow('verdict.reschedule.allowed', { until });
}

function newStartRefusal(ctx: Ctx, b: VerdictBuilder, f: FactsOf<'reschedule'>, start: number, newStart: number): Verdict | null {
  const newDate = ctx.localDate(newStart);
  const life = lifecycleRefusal(ctx, b, f.subject, { examDate: newDate });
  if (life) return life;
  const p = ctx.profile.parameters;
  if (p.booking?.nationalExamDates && p.nationalExam) {
    const { year, month } = parseLocalDate(newDate);
    const exam = nationalExamDate(ctx.calendar, year, month, p.nationalExam);
    if (exam.date !== newDate || compareDates(newDate, ctx.localDate(start)) <= 0) {
      b.because('BOOK-3', 'reason.national.notExamDate', { date: newDate, examDate: exam.date });
      return b.refuse('verdict.national.notExamDate', { date: newDate, examDate: exam.date });
    }
  }
  if (p.change?.rule === 'registration-deadline') {
    const latest = addCalendarMonths(start, p.change.deferralWithinMonths, ctx.zone);
    b.instant('deferralUsableThrough', latest);
    if (newStart > latest) {
      b.because('BOOK-4', 'reason.deferral.tooFar', { months: p.change.deferralWithinMonths, latest: ctx.local(latest) });
      return b.refuse('verdict.deferral.tooFar', { latest: ctx.local(latest) });
    }
  }
  if (p.booking?.examWeekdays) {
    const info = ctx.calendar.dayInfo(newDate);
    if (!p.booking.examWeekdays.includes(weekdayOf(newDate)) || info.kind === 'holiday') {
      b.because('BOOK-5', 'reason.authorized.noExamDay', { date: newDate });
      return b.refuse('verdict.authorized.noExamDay', { date: newDate });
    }
  }
  if (newStart <= ctx.now) {
    b.because('BOOK-1', 'reason.change.newInPast', { newStart: ctx.local(newStart) });
    return b.refuse('verdict.reschedule.newInPast', { newStart: ctx.local(newStart) });
  }
  return null;
}

/** An appointment with an order is judged by the version in force at payment, else at its start. */
export function appointmentAnchor(r: { facts: { start: string; order?: { paidAt?: string | undefined } | undefined } }): number {
  return parseInstant(r.facts.order?.paidAt ?? r.facts.start);
}

export const reschedule: Decision<'reschedule'> = {
  name: 'reschedule',
  anchor: (r: RequestOf<'reschedule'>) => appointmentAnchor(r),
  run,
};
