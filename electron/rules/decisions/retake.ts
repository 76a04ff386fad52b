/** Retake eligibility: RES-3, ORD-4, ORD-5, RES-5, BOOK-3, BOOK-4. */
import type { FactsOf } from '../../../shared/rules/requests';
import type { Verdict } from '../../../shared/rules/verdict';
import { addDays, parseLocalDate } from '../../../shared/time/dates';
import { addCalendarMonths, localMidnight, parseInstant } from '../../../shared/time/zoned';
import type { Ctx } from '../context';
import { nationalExamDate } from '../national-exam';
import { requireOrder } from './common';
import type { Decision } from './types';

function run(f: FactsOf<'retake'>, ctx: Ctx): Verdict {
  const retake = ctx.need('retake', 'retake');
  const b = ctx.builder();
  const failed = f.failedAttempt;

  if (retake.rule === 'none') {
    b.because('ORD-5', 'reason.retake.none', {});
    return b.refuse('verdict.retake.none');
  }
  if (retake.rule === 'attempts') {
    const attempts = ctx.need('order', 'order').attemptsPerOrder;
    const used = requireOrder(ctx, f.order).attemptsUsed;
    const left = Math.max(0, attempts - used);
    b.count('attemptsLeft', left).count('attemptsPerOrder', attempts);
    if (left === 0) {
      b.because('ORD-4', 'reason.attempts.noneLeft', { attempts });
      return b.refuse('verdict.attempts.noneLeft', { attempts });
    }
    b.because('ORD-4', 'reason.attempts.left', { left, attempts });
    return b.allow('verdict.retake.attemptsLeft', { left });
  }

  // RES-3 free retake (legacy profiles).
  const failedStart = ctx.instant(failed.start);
  b.instant('failedAttemptStart', failedStart);
  if (failed.resultCancelled) {
    b.because('RES-5', 'reason.result.cancelled', {});
    return b.refuse('verdict.retake.resultCancelled');
  }
  if (failed.passed) {
    b.because('RES-3', 'reason.retake.notFailed', {});
    return b.refuse('verdict.retake.notFailed');
  }
  if (failed.attemptNo !== 1 || f.freeRetakeUsed) {
    b.because('RES-3', 'reason.retake.onlyOnce', {});
    return b.refuse('verdict.retake.onlyOnce');
  }
  const retakeBy = addCalendarMonths(failedStart, retake.withinMonths, ctx.zone);
  b.uses('RES-3').instant('retakeThrough', retakeBy);
  if (ctx.now > retakeBy) {
    b.because('RES-3', 'reason.retake.windowPassed', { by: ctx.local(retakeBy) });
    return b.refuse('verdict.retake.windowPassed', { by: ctx.local(retakeBy) });
  }
  if (retake.sameCenter) {
    if (f.retakeCenter && failed.center && f.retakeCenter !== failed.center) {
      b.because('RES-3', 'reason.retake.sameCenter', { center: failed.center });
      return b.refuse('verdict.retake.sameCenter', { center: failed.center });
    }
    b.remind('RES-3', 'remind.retake.sameCenter', { center: failed.center ?? '' });
  }
  if (f.retakeStart) {
    const retakeStart = ctx.instant(f.retakeStart);
    const retakeDate = ctx.localDate(retakeStart);
    b.instant('retakeStart', retakeStart);
    const nat = ctx.profile.parameters.nationalExam;
    if (ctx.profile.parameters.booking?.nationalExamDates && nat) {
      const { year, month } = parseLocalDate(retakeDate);
      const exam = nationalExamDate(ctx.calendar, year, month, nat);
      if (exam.date !== retakeDate) {
        b.because('BOOK-3', 'reason.national.notExamDate', { date: retakeDate, examDate: exam.date });
        return b.refuse('verdict.national.notExamDate', { date: retakeDate, examDate: exam.date });
      }
      b.uses('BOOK-3');
    }
    if (retakeStart > retakeBy) {
      b.because('RES-3', 'reason.retake.beyondWindow', { by: ctx.local(retakeBy) });
      return b.refuse('verdict.retake.beyondWindow', { by: ctx.local(retakeBy) });
    }
    // The retake request closes at 00:00 center time, N days before the retake exam.
    const closes = localMidnight(addDays(retakeDate, -retake.requestClosesDaysBefore), ctx.zone);
    b.instant('retakeRequestBefore', closes);
    if (ctx.now >= closes) {
      b.because('RES-3', 'reason.retake.requestClosed', { closes: ctx.local(closes) });
      return b.refuse('verdict.retake.requestClosed', { closes: ctx.local(closes) });
    }
  }
  b.because('RES-3', 'reason.retake.free', { by: ctx.local(retakeBy), days: retake.requestClosesDaysBefore });
  if (ctx.profile.parameters.change?.rule === 'registration-deadline' && !ctx.profile.parameters.change.retakeDeferrable) b.remind('BOOK-4', 'remind.retake.noDeferral', {});
  return b.allow('verdict.retake.free', { by: ctx.local(retakeBy) });
}

export const retake: Decision<'retake'> = {
  name: 'retake',
  anchor: (r) => parseInstant(r.facts.failedAttempt.start),
  run,
};
