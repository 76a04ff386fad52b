/** Book a new appointment: ORD-1, ORD-3, ORD-4, ORD-5, CAT-4, BOOK-3, BOOK-5, BOOK-6. */
import { parseLocalDate, weekdayOf } from '../../../shared/time/dates';
import { parseInstant } from '../../../shared/time/zoned';
import { RuleFailure, type Ctx } from '../context';
import { nationalExamDate, registrationClosesAt, registrationOpensAt } from '../national-exam';
import { changeLimit } from './change-deadline';
import { lifecycleRefusal, orderRefusal, requireOrder } from './common';
import type { Decision } from './types';
import type { FactsOf } from '../../../shared/rules/requests';
import type { Verdict } from '../../../shared/rules/verdict';

function run(f: FactsOf<'book'>, ctx: Ctx): Verdict {
  const booking = ctx.need('booking', 'booking');
  const b = ctx.builder();
  const start = ctx.instant(f.start);
  const examDate = ctx.localDate(start);
  b.instant('start', start);
  if (start <= ctx.now) throw new RuleFailure('INCONSISTENT_FACTS', 'the appointment start must be after now', 'facts.start');

  const orderRules = ctx.profile.parameters.order;
  if (orderRules) {
    const order = requireOrder(ctx, f.order);
    const refusal = orderRefusal(ctx, b, order, ctx.now, { allowUnpaidIfBookedBeforePayment: true });
    if (refusal) return refusal;
    const left = orderRules.attemptsPerOrder - order.attemptsUsed;
    const rule = orderRules.attemptsPerOrder > 1 ? 'ORD-4' : 'ORD-5';
    b.uses(rule).count('attemptsLeft', Math.max(0, left));
    if (left <= 0) {
      b.because(rule, 'reason.attempts.noneLeft', { attempts: orderRules.attemptsPerOrder });
      return b.refuse('verdict.attempts.noneLeft', { attempts: orderRules.attemptsPerOrder });
    }
  }

  const orderDate = ctx.localDate(f.order?.paidAt ? ctx.instant(f.order.paidAt) : ctx.now);
  const life = lifecycleRefusal(ctx, b, f.subject, { orderDate, examDate });
  if (life) return life;

  if (booking.nationalExamDates) {
    const nat = ctx.need('nationalExam', 'national exam');
    const { year, month } = parseLocalDate(examDate);
    const exam = nationalExamDate(ctx.calendar, year, month, nat);
    b.date('examDate', exam.date);
    if (exam.date !== examDate) {
      b.because('BOOK-3', 'reason.national.notExamDate', { date: examDate, examDate: exam.date });
      return b.refuse('verdict.national.notExamDate', { date: examDate, examDate: exam.date });
    }
    const opens = registrationOpensAt(exam.date, ctx.zone, nat);
    const closes = registrationClosesAt(exam.date, ctx.zone, nat);
    b.instant('registrationFrom', opens).instant('registrationBefore', closes);
    if (ctx.now < opens) {
      b.because('BOOK-3', 'reason.national.notOpenYet', { opens: ctx.local(opens) });
      return b.refuse('verdict.national.notOpenYet', { opens: ctx.local(opens) });
    }
    if (ctx.now >= closes) {
      b.because('BOOK-3', 'reason.national.closed', { closes: ctx.local(closes) });
      return b.refuse('verdict.national.closed', { closes: ctx.local(closes) });
    }
    b.because('BOOK-3', 'reason.national.open', { closes: ctx.local(closes) });
  }

  if (booking.examWeekdays) {
    const info = ctx.calendar.dayInfo(examDate);
    if (!booking.examWeekdays.includes(weekdayOf(examDate)) || info.kind === 'holiday') {
      b.because('BOOK-5', 'reason.authorized.noExamDay', { date: examDate });
      return b.refuse('verdict.authorized.noExamDay', { date: examDate });
    }
    b.because('BOOK-5', 'reason.authorized.examDay', { date: examDate });
  }

  if (booking.closesMinutesBefore !== undefined) {
    const closes = start - booking.closesMinutesBefore * 60_000;
    b.instant('bookingBefore', closes);
    if (ctx.now >= closes) {
      b.because('BOOK-6', 'reason.ctyun.closed', { minutes: booking.closesMinutesBefore, closes: ctx.local(closes) });
      return b.refuse('verdict.ctyun.closed', { closes: ctx.local(closes) });
    }
    b.because('BOOK-6', 'reason.ctyun.open', { minutes: booking.closesMinutesBefore, closes: ctx.local(closes) });
  }

  if (ctx.profile.parameters.change) {
    const limit = changeLimit(ctx, start, f.order?.bookedBeforePayment ?? false, false);
    b.instant('freeChangeBefore', limit.until);
    b.remind(limit.ruleId, 'remind.changeUntil', { until: ctx.local(limit.until) });
  }
  if (orderRules && f.order)
    b.because(orderRules.attemptsPerOrder > 1 ? 'ORD-4' : 'ORD-5', 'reason.attempts.left', {
      left: orderRules.attemptsPerOrder - f.order.attemptsUsed,
      attempts: orderRules.attemptsPerOrder,
    });
  return b.allow('verdict.book.allowed', { start: ctx.local(start) });
}

export const book: Decision<'book'> = {
  name: 'book',
  anchor: (r) => parseInstant(r.now),
  run,
};
