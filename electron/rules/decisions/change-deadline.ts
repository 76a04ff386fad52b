/**
 * When an existing appointment may still be changed or cancelled (BOOK-1, BOOK-2, BOOK-4, BOOK-5),
 * as an exclusive limit: allowed while now < `until`.
 */
import { addCalendarDays, endOfLocalDate } from '../../../shared/time/zoned';
import type { Ctx } from '../context';
import { RuleFailure } from '../context';
import { registrationClosesAt } from '../national-exam';

export interface ChangeLimit {
  ruleId: 'BOOK-1' | 'BOOK-2' | 'BOOK-4' | 'BOOK-5';
  /** Allowed while now < until. */
  until: number;
  /** The last instant still allowed (until - 1 ms), for display. */
  lastAllowed: number;
}

export function changeLimit(ctx: Ctx, start: number, bookedBeforePayment: boolean, forCancel: boolean): ChangeLimit {
  const change = ctx.need('change', 'change/cancel');
  switch (change.rule) {
    case 'hours-before': {
      if (bookedBeforePayment && !forCancel) {
        // BOOK-2: allowed while now <= start - 10 days (calendar days, local time kept).
        const last = addCalendarDays(start, -change.daysBeforeIfBookedBeforePayment, ctx.zone);
        return { ruleId: 'BOOK-2', until: last + 1, lastAllowed: last };
      }
      // BOOK-1: allowed while now < start - 72 h.
      const until = start - change.hoursBefore * 3_600_000;
      return { ruleId: 'BOOK-1', until, lastAllowed: until - 1 };
    }
    case 'registration-deadline': {
      const nat = ctx.need('nationalExam', 'national exam');
      const until = registrationClosesAt(ctx.localDate(start), ctx.zone, nat);
      return { ruleId: 'BOOK-4', until, lastAllowed: until - 1 };
    }
    case 'working-day-before': {
      // BOOK-5: made on a working day before the exam day, at the latest the last working day before it.
      let day = ctx.localDate(start);
      for (let i = 0; i < change.workingDaysBefore; i += 1) day = ctx.calendar.lastWorkingDayBefore(day);
      const until = endOfLocalDate(day, ctx.zone);
      return { ruleId: 'BOOK-5', until, lastAllowed: until - 1 };
    }
    default:
      throw new RuleFailure('NOT_APPLICABLE', 'unknown change rule');
  }
}
